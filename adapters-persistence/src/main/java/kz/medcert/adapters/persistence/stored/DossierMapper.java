package kz.medcert.adapters.persistence.stored;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EmploymentHistory;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.SpecialtyCode;

/** The declared information form, to and from the stored form; its records go through {@link DossierRecordMapper}. */
final class DossierMapper {

    private DossierMapper() {
    }

    static StoredDossier toStored(Dossier d) {
        return new StoredDossier(d.category(), d.declaredSpecialty().value(),
                d.declaredSpecialization().map(SpecialtyCode::value).orElse(null), d.requestsQualificationLevel(),
                d.applicationDate(), d.submittedAt().orElse(null), d.citizenship().map(CountryCode::value).orElse(null),
                d.permanentResident(), d.consentGiven(), d.prohibition(), d.nameChangedAfterEducation(),
                d.nameChangeInRegistry(), d.firstJobAfterGraduation(), d.identityInRegistry(),
                d.labourPermit().map(DossierRecordMapper::toStored).orElse(null),
                each(d.education(), DossierRecordMapper::toStored),
                each(d.postgraduate(), DossierRecordMapper::toStored),
                each(d.retraining(), DossierRecordMapper::toStored),
                each(d.certificationCourses(), DossierRecordMapper::toStored),
                each(d.professionalDevelopment(), DossierRecordMapper::toStored),
                each(d.certificates(), DossierRecordMapper::toStored),
                each(d.employment().periods(), DossierRecordMapper::toStored),
                each(d.assessments(), DossierRecordMapper::toStored),
                d.foreignLanguageDocuments());
    }

    static Dossier toDomain(StoredDossier s) {
        return new Dossier(s.category(), new SpecialtyCode(s.declaredSpecialty()),
                Optional.ofNullable(s.declaredSpecialization()).map(SpecialtyCode::new),
                s.requestsQualificationLevel(), s.applicationDate(), Optional.ofNullable(s.submittedAt()),
                Optional.ofNullable(s.citizenship()).map(CountryCode::new), s.permanentResident(), s.consentGiven(),
                s.prohibition(), s.nameChangedAfterEducation(), s.nameChangeInRegistry(), s.firstJobAfterGraduation(),
                s.identityInRegistry(), Optional.ofNullable(s.labourPermit()).map(DossierRecordMapper::toDomain),
                each(s.education(), DossierRecordMapper::toDomain),
                each(s.postgraduate(), DossierRecordMapper::toDomain),
                each(s.retraining(), DossierRecordMapper::toDomain),
                each(s.certificationCourses(), DossierRecordMapper::toDomain),
                each(s.professionalDevelopment(), DossierRecordMapper::toDomain),
                each(s.certificates(), DossierRecordMapper::toDomain),
                new EmploymentHistory(each(s.employment(), DossierRecordMapper::toDomain)),
                each(s.assessments(), DossierRecordMapper::toDomain),
                s.foreignLanguageDocuments());
    }

    static <F, T> List<T> each(List<F> values, Function<F, T> map) {
        return values.stream().map(map).toList();
    }
}
