package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import kz.medcert.application.port.out.AssessmentRegistry;
import kz.medcert.application.port.out.CertificateRegistry;
import kz.medcert.application.port.out.EducationRegistry;
import kz.medcert.application.port.out.EmploymentRegistry;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.application.port.out.NameChangeRegistry;
import kz.medcert.application.port.out.ProhibitionRegistry;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.FetchedFacts;
import kz.medcert.domain.request.StateRegistry;

/** Asks one state registry and returns how its answer changes the fetched facts (P9, P24; R62–R69). */
public final class RegistryCalls {
    private final EducationRegistry education;
    private final CertificateRegistry certificates;
    private final NameChangeRegistry nameChanges;
    private final AssessmentRegistry assessments;
    private final EmploymentRegistry employment;
    private final ProhibitionRegistry prohibitions;
    private final IdentityRegistry identity;

    @Inject
    public RegistryCalls(EducationRegistry education, CertificateRegistry certificates,
                         NameChangeRegistry nameChanges, AssessmentRegistry assessments,
                         EmploymentRegistry employment, ProhibitionRegistry prohibitions, IdentityRegistry identity) {
        this.education = education;
        this.certificates = certificates;
        this.nameChanges = nameChanges;
        this.assessments = assessments;
        this.employment = employment;
        this.prohibitions = prohibitions;
        this.identity = identity;
    }

    /** Calls the registry now; throws what the adapter throws when it fails. */
    UnaryOperator<FetchedFacts> ask(StateRegistry registry, Iin iin, SpecialtyCode specialty) {
        switch (registry) {
            case EDUCATION: {
                EducationRegistry.EducationFound found = education.educationOf(iin);
                return f -> f.withEducation(found.education(), found.postgraduate());
            }
            case CERTIFICATES: {
                var held = certificates.certificatesOf(iin);
                return f -> f.withCertificates(held);
            }
            case NAME_CHANGES: {
                boolean changed = nameChanges.holdsNameChange(iin);
                return f -> f.withNameChange(changed);
            }
            case ASSESSMENTS: {
                var results = assessments.assessmentsOf(iin);
                return f -> f.withAssessments(results);
            }
            case EMPLOYMENT: {
                var periods = employment.employmentOf(iin);
                return f -> f.withEmployment(periods);
            }
            case PROHIBITIONS: {
                var prohibition = prohibitions.prohibitionOf(iin, specialty);
                return f -> f.withProhibition(prohibition);
            }
            case IDENTITY: {
                boolean onRecord = identity.holdsIdentity(iin);
                return f -> f.withIdentity(onRecord);
            }
            default:
                throw new IllegalStateException("no call for " + registry);
        }
    }
}
