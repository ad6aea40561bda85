package kz.medcert.adapters.http.dto;

import java.util.List;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase.ReferenceData;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Regions;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.Specialty;

/**
 * {@code GET /api/v1/reference-data}: every code a portal offers, with kk/ru/en names, and the rule set in force, so
 * that a form sends only codes the API accepts (R02, R96); the regions with their departments (R71), the refusal
 * grounds (R85–R90) and the working calendar of the deadlines with the days it covers (R77). Fields are only added.
 */
public record ReferenceDataResponse(List<SpecialtyEntry> specialties, List<CodeEntry> educationLevels,
                                    List<EducationFieldEntry> educationFields, List<CodeEntry> qualificationLevels,
                                    List<CodeEntry> documents, String ruleSet, List<RegionEntry> regions,
                                    List<GroundEntry> refusalGrounds, WorkingCalendarResponse workingCalendar) {

    public static ReferenceDataResponse from(ReferenceData data) {
        return new ReferenceDataResponse(FormResponse.map(data.specialties(), SpecialtyEntry::from),
                FormResponse.map(data.educationLevels(), l -> new CodeEntry(l.name(),
                        LocalizedTextResponse.from(l.localizedName()))),
                FormResponse.map(data.educationFields(), EducationFieldEntry::from),
                FormResponse.map(data.qualificationLevels(), l -> new CodeEntry(l.name(),
                        LocalizedTextResponse.from(l.localizedName()))),
                FormResponse.map(data.documents(), d -> new CodeEntry(d.name(),
                        LocalizedTextResponse.from(d.localizedName()))),
                data.ruleSet(), FormResponse.map(data.regions(), RegionEntry::from),
                FormResponse.map(data.refusalGrounds(), GroundEntry::from),
                WorkingCalendarResponse.from(data.calendar()));
    }

    /** A region (its code is what {@code applicant.region} and an officer's token carry) and its department. */
    public record RegionEntry(String code, LocalizedTextResponse name, CodeEntry department) {
        static RegionEntry from(Regions.Entry r) {
            Department department = Department.of(r.region());
            return new RegionEntry(r.region().name(), LocalizedTextResponse.from(r.name()),
                    new CodeEntry(department.code(), LocalizedTextResponse.from(r.department())));
        }
    }

    /** A ground for refusal: its code, number in the Order's list, rule, short name and the sentence it states. */
    public record GroundEntry(String code, int number, String rule, LocalizedTextResponse name,
                              LocalizedTextResponse description) {
        static GroundEntry from(Ground g) {
            return new GroundEntry(g.name(), g.number(), g.rule().name(), LocalizedTextResponse.from(g.localizedName()),
                    LocalizedTextResponse.from(g.description()));
        }
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
