package kz.medcert.domain.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.Prohibition;

/**
 * What the state registries returned for a request (P9, P24; R62–R69). Read-only for the applicant (R70); empty
 * optionals mean the registry has not answered.
 */
public record FetchedFacts(List<EducationRecord> education, List<PostgraduateTraining> postgraduate,
                           List<HeldCertificate> certificates, Optional<Boolean> nameChangeOnRecord,
                           List<AssessmentResult> assessments, List<EmploymentPeriod> employment,
                           Optional<Prohibition> prohibition, Optional<Boolean> identityOnRecord,
                           Optional<PersonRecord> person) {

    public static final FetchedFacts NOTHING = new FetchedFacts(List.of(), List.of(), List.of(), Optional.empty(),
            List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public FetchedFacts {
        education = List.copyOf(education);
        postgraduate = List.copyOf(postgraduate);
        certificates = List.copyOf(certificates);
        Objects.requireNonNull(nameChangeOnRecord, "nameChangeOnRecord");
        assessments = List.copyOf(assessments);
        employment = List.copyOf(employment);
        Objects.requireNonNull(prohibition, "prohibition");
        Objects.requireNonNull(identityOnRecord, "identityOnRecord");
        Objects.requireNonNull(person, "person");
        if (person.isPresent() && !identityOnRecord.orElse(false)) {
            throw new IllegalArgumentException("a person record is an identity on record");
        }
    }

    public FetchedFacts withEducation(List<EducationRecord> records, List<PostgraduateTraining> training) {
        return new FetchedFacts(records, training, certificates, nameChangeOnRecord, assessments, employment,
                prohibition, identityOnRecord, person);
    }

    public FetchedFacts withCertificates(List<HeldCertificate> records) {
        return new FetchedFacts(education, postgraduate, records, nameChangeOnRecord, assessments, employment,
                prohibition, identityOnRecord, person);
    }

    public FetchedFacts withNameChange(boolean onRecord) {
        return new FetchedFacts(education, postgraduate, certificates, Optional.of(onRecord), assessments,
                employment, prohibition, identityOnRecord, person);
    }

    public FetchedFacts withAssessments(List<AssessmentResult> results) {
        return new FetchedFacts(education, postgraduate, certificates, nameChangeOnRecord, results, employment,
                prohibition, identityOnRecord, person);
    }

    public FetchedFacts withEmployment(List<EmploymentPeriod> periods) {
        return new FetchedFacts(education, postgraduate, certificates, nameChangeOnRecord, assessments, periods,
                prohibition, identityOnRecord, person);
    }

    public FetchedFacts withProhibition(Prohibition value) {
        return new FetchedFacts(education, postgraduate, certificates, nameChangeOnRecord, assessments, employment,
                Optional.of(value), identityOnRecord, person);
    }

    /** R69: the registry answered without the person's data (only whether it holds the identity). */
    public FetchedFacts withIdentity(boolean onRecord) {
        return new FetchedFacts(education, postgraduate, certificates, nameChangeOnRecord, assessments, employment,
                prohibition, Optional.of(onRecord), Optional.empty());
    }

    /** The state database of individuals answered: the person it holds under the IIN, or none (R69, R71). */
    public FetchedFacts withPerson(Optional<PersonRecord> found) {
        return new FetchedFacts(education, postgraduate, certificates, nameChangeOnRecord, assessments, employment,
                prohibition, Optional.of(found.isPresent()), found);
    }
}
