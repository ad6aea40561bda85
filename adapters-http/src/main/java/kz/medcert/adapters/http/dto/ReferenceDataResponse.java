package kz.medcert.adapters.http.dto;

import java.util.List;
import kz.medcert.application.port.in.ReferenceDataUseCase.ReferenceData;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.Specialty;

/**
 * {@code GET /api/v1/reference-data}: every code a portal offers, with kk/ru/en names, and the rule set in force, so
 * that a form sends only codes the API accepts (R02, R96).
 */
public record ReferenceDataResponse(List<SpecialtyEntry> specialties, List<CodeEntry> educationLevels,
                                    List<EducationFieldEntry> educationFields, List<CodeEntry> qualificationLevels,
                                    List<CodeEntry> documents, String ruleSet) {

    public static ReferenceDataResponse from(ReferenceData data) {
        return new ReferenceDataResponse(FormResponse.map(data.specialties(), SpecialtyEntry::from),
                FormResponse.map(data.educationLevels(), l -> new CodeEntry(l.name(),
                        LocalizedTextResponse.from(l.localizedName()))),
                FormResponse.map(data.educationFields(), EducationFieldEntry::from),
                FormResponse.map(data.qualificationLevels(), l -> new CodeEntry(l.name(),
                        LocalizedTextResponse.from(l.localizedName()))),
                FormResponse.map(data.documents(), d -> new CodeEntry(d.name(),
                        LocalizedTextResponse.from(d.localizedName()))),
                data.ruleSet());
    }

    /**
     * A specialty or specialization of the List: the education level it is for (R46), whether it is clinical (R38),
     * whether it has an internship or residency (R24), and the specialty it belongs to (null for a specialty).
     */
    public record SpecialtyEntry(String code, LocalizedTextResponse name, String level, boolean clinical,
                                 boolean providesInternshipOrResidency, String parent) {
        static SpecialtyEntry from(Specialty s) {
            return new SpecialtyEntry(s.code().value(), LocalizedTextResponse.from(s.name()), s.level().name(),
                    s.clinical(), s.providesInternshipOrResidency(), s.parent().map(p -> p.value()).orElse(null));
        }
    }

    /** A code with its names. */
    public record CodeEntry(String code, LocalizedTextResponse name) {
    }

    /** A field of medical education with the levels it is taught at. */
    public record EducationFieldEntry(String code, LocalizedTextResponse name, List<String> levels) {
        static EducationFieldEntry from(EducationField f) {
            return new EducationFieldEntry(f.name(), LocalizedTextResponse.from(f.localizedName()),
                    f.levels().stream().map(Enum::name).toList());
        }
    }
}
