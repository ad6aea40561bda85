package kz.medcert.adapters.registries;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.Prohibition;

/**
 * What the state registries hold about one demo person, already in domain terms and marked {@code inRegistry}.
 *
 * @param identity          the state database of individuals holds the person (name, citizenship, residence)
 * @param permanentResident a foreigner with a permit for permanent residence in Kazakhstan (R53)
 */
public record RegistryHoldings(List<EducationRecord> education, List<PostgraduateTraining> postgraduate,
                               List<HeldCertificate> certificates, boolean nameChange,
                               List<AssessmentResult> assessments, List<EmploymentPeriod> employment,
                               Prohibition prohibition, boolean identity, boolean permanentResident) {

    public RegistryHoldings {
        education = List.copyOf(education);
        postgraduate = List.copyOf(postgraduate);
        certificates = List.copyOf(certificates);
        assessments = List.copyOf(assessments);
        employment = List.copyOf(employment);
        Objects.requireNonNull(prohibition, "prohibition");
    }
}
