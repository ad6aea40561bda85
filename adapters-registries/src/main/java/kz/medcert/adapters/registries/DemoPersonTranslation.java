package kz.medcert.adapters.registries;

import static kz.medcert.adapters.registries.FileFields.at;
import static kz.medcert.adapters.registries.FileFields.country;
import static kz.medcert.adapters.registries.FileFields.flag;
import static kz.medcert.adapters.registries.FileFields.listOrEmpty;
import static kz.medcert.adapters.registries.FileFields.oneOf;
import static kz.medcert.adapters.registries.FileFields.required;
import static kz.medcert.adapters.registries.FileFields.specialty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.QualificationLevel;

/**
 * The anti-corruption layer of the demo data: turns the file's records into domain types, naming the field of any
 * value that does not make sense. The registries' records come out marked {@code inRegistry}, declared ones not.
 */
final class DemoPersonTranslation {

    private DemoPersonTranslation() {
    }

    static DemoPerson person(DemoPersonsFile.Person p) {
        String id = required(p.id(), "id");
        Iin iin = at("iin", () -> Iin.parse(required(p.iin(), "iin")));
        PersonName name = at("surname/givenName/patronymic",
                () -> PersonName.of(p.surname(), p.givenName(), p.patronymic()));
        String phone = required(p.phone(), "phone");
        if (!DemoPerson.PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("field phone: '" + phone + "' does not look like +7 700 123 45 67");
        }
        return new DemoPerson(id, iin, name, phone, oneOf(Region.class, p.region(), "region"),
                country(p.citizenship(), "citizenship"), registries(required(p.registries(), "registries")),
                ScenarioTranslation.scenario(required(p.scenario(), "scenario")));
    }

    private static RegistryHoldings registries(DemoPersonsFile.Registries r) {
        String at = "registries.";
        return new RegistryHoldings(
                each(r.education(), at + "education", (e, f) -> education(e, f, true)),
                each(r.postgraduate(), at + "postgraduate", (e, f) -> postgraduate(e, f, true)),
                each(r.certificates(), at + "certificates", (e, f) -> certificate(e, f, true)),
                required(r.nameChange(), at + "nameChange"),
                each(r.assessments(), at + "assessments", DemoPersonTranslation::assessment),
                each(r.employment(), at + "employment", (e, f) -> employment(e, f, true)),
                oneOf(Prohibition.class, r.prohibition(), at + "prohibition"),
                required(r.identity(), at + "identity"),
                Boolean.TRUE.equals(r.permanentResident()));
    }

    /** Translates every entry of a list, naming each by its index: "registries.education[1]". */
    static <F, T> List<T> each(List<F> entries, String field, BiFunction<F, String, T> translate) {
        List<T> out = new ArrayList<>();
        List<F> list = listOrEmpty(entries);
        for (int i = 0; i < list.size(); i++) {
            String at = field + "[" + i + "]";
            out.add(translate.apply(required(list.get(i), at), at));
        }
        return out;
    }

    static EducationRecord education(DemoPersonsFile.Education e, String at, boolean inRegistry) {
        EducationLevel level = oneOf(EducationLevel.class, e.level(), at + ".level");
        EducationField field = oneOf(EducationField.class, e.field(), at + ".field");
        if (!field.offeredAt(level)) {
            throw new IllegalArgumentException("field " + at + ".field: " + field + " is not taught at level " + level);
        }
        Optional<Recognition> recognition = Optional.ofNullable(e.recognition()).map(r -> at(at + ".recognition",
                () -> new Recognition(required(r.number(), at + ".recognition.number"),
                        required(r.issued(), at + ".recognition.issued"), Optional.ofNullable(r.issuedBy()),
                        Optional.empty(), Optional.empty(), inRegistry)));
        return at(at, () -> new EducationRecord(level, field, required(e.graduated(), at + ".graduated"),
                country(e.country(), at + ".country"), flag(e.foreignInstitution()), inRegistry,
                Optional.ofNullable(e.institution()), recognition));
    }

    static PostgraduateTraining postgraduate(DemoPersonsFile.Postgraduate p, String at, boolean inRegistry) {
        return new PostgraduateTraining(oneOf(PostgraduateType.class, p.type(), at + ".type"),
                specialty(p.specialty(), at + ".specialty"), required(p.completed(), at + ".completed"), inRegistry);
    }

    /** A certificate has either {@code validUntil} or {@code indefinite: true}. */
    static HeldCertificate certificate(DemoPersonsFile.Certificate c, String at, boolean inRegistry) {
        Optional<QualificationLevel> level = Optional.ofNullable(c.qualificationCategory())
                .map(text -> oneOf(QualificationLevel.class, text, at + ".qualificationCategory"));
        return at(at, () -> new HeldCertificate(specialty(c.specialty(), at + ".specialty"),
                required(c.issued(), at + ".issued"), Optional.ofNullable(c.validUntil()), flag(c.indefinite()),
                inRegistry, level));
    }

    private static AssessmentResult assessment(DemoPersonsFile.Assessment a, String at) {
        String result = required(a.result(), at + ".result");
        if (!result.equals("PASSED") && !result.equals("FAILED")) {
            throw new IllegalArgumentException("field " + at + ".result: unknown value '" + result
                    + "'; expected PASSED or FAILED");
        }
        return new AssessmentResult(specialty(a.specialty(), at + ".specialty"), required(a.date(), at + ".date"),
                result.equals("PASSED"));
    }

    static EmploymentPeriod employment(DemoPersonsFile.Employment e, String at, boolean inRegistry) {
        return at(at, () -> new EmploymentPeriod(specialty(e.specialty(), at + ".specialty"),
                required(e.hired(), at + ".hired"), Optional.ofNullable(e.dismissed()), inRegistry));
    }
}
