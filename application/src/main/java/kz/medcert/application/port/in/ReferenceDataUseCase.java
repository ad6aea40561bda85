package kz.medcert.application.port.in;

import java.util.List;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.Specialty;

/** Reference data with kk/ru/en names: specialties, education levels and fields, qualification levels, documents. */
public interface ReferenceDataUseCase {

    ReferenceData referenceData();

    /** Everything a portal needs to fill its pickers. */
    record ReferenceData(List<Specialty> specialties, List<EducationLevel> educationLevels,
                         List<EducationField> educationFields, List<QualificationLevel> qualificationLevels,
                         List<DocumentCode> documents, String ruleSet) {
    }
}
