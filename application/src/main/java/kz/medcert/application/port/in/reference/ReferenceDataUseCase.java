package kz.medcert.application.port.in.reference;

import java.util.List;
import kz.medcert.domain.access.Regions;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.Specialty;

/**
 * Reference data with kk/ru/en names: specialties, education levels and fields, qualification levels, documents,
 * regions with their departments, refusal grounds, and the working calendar with the years it covers.
 */
public interface ReferenceDataUseCase {

    ReferenceData referenceData();

    /** Everything a portal needs to fill its pickers, and the calendar its deadlines are computed on (R77). */
    record ReferenceData(List<Specialty> specialties, List<EducationLevel> educationLevels,
                         List<EducationField> educationFields, List<QualificationLevel> qualificationLevels,
                         List<DocumentCode> documents, String ruleSet, List<Regions.Entry> regions,
                         List<Ground> refusalGrounds, WorkingCalendar calendar) {
        public ReferenceData {
            specialties = List.copyOf(specialties);
            educationLevels = List.copyOf(educationLevels);
            educationFields = List.copyOf(educationFields);
            qualificationLevels = List.copyOf(qualificationLevels);
            documents = List.copyOf(documents);
            regions = List.copyOf(regions);
            refusalGrounds = List.copyOf(refusalGrounds);
        }
    }
}
