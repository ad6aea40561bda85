package kz.medcert.adapters.web.view;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * What a checklist item is about, in the page's language. The rules word an item's subject in kk/ru/en (which
 * certificate, which diploma, which document a translation is of); an item stored before they did has only its
 * matching text, which the pages read for names and dd.MM.yyyy dates, showing it as it is only where it has no known
 * shape.
 */
public final class Subjects {
    // CertificateRequirements: "<specialty> issued <date>[ valid until <date>]"
    private static final Pattern CERTIFICATE = Pattern.compile(
            "([A-Z0-9_]+) issued (\\d{4}-\\d{2}-\\d{2})(?: valid until (\\d{4}-\\d{2}-\\d{2}))?");
    // EducationRequirements.describe: "<level> <field> <date>[ <country>]"
    private static final Pattern EDUCATION = Pattern.compile(
            "([A-Z_]+) ([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})(?: ([A-Z]{2,3}))?");
    /** The rules' fixed subjects, by the key of their text. */
    private static final Map<String, String> FIXED = Map.of(
            "internship; for a degree obtained abroad, residency or clinical ordinatura as its equivalent",
            "subject.internshipOrAbroadEquivalent",
            "certification course within 5 years, or retraining before 2021, or PD within 5 years",
            "subject.laboratoryQualification");

    private Subjects() {
    }

    /** The subject as the page shows it. */
    public record Subject(String text, boolean localized) {
    }

    /** The rules' own words for the subject where they give them; else read from its text (items stored before). */
    public static Optional<Subject> of(ChecklistItem item, Messages messages) {
        if (item.subjectText().isPresent()) {
            return Optional.of(new Subject(messages.name(item.subjectText().get()), true));
        }
        return item.subject().map(subject -> describe(subject, messages)
                .map(text -> new Subject(text, true)).orElseGet(() -> new Subject(subject, false)));
    }

    static Optional<String> describe(String subject, Messages messages) {
        try {
            Matcher certificate = CERTIFICATE.matcher(subject);
            if (certificate.matches()) {
                String issued = messages.date(LocalDate.parse(certificate.group(2)));
                return Optional.of(messages.name(Names.specialty(SpecialtyCode.of(certificate.group(1)))) + ", "
                        + (certificate.group(3) == null ? issued
                        : issued + " – " + messages.date(LocalDate.parse(certificate.group(3)))));
            }
            Matcher education = EDUCATION.matcher(subject);
            if (education.matches()) {
                return Optional.of(messages.name(EducationLevel.valueOf(education.group(1)).localizedName()) + ", "
                        + messages.name(EducationField.valueOf(education.group(2)).localizedName()) + ", "
                        + messages.date(LocalDate.parse(education.group(3)))
                        + (education.group(4) == null ? "" : ", " + education.group(4)));
            }
            for (DocumentCode document : DocumentCode.values()) {
                if (document.name().equals(subject)) {
                    return Optional.of(messages.name(document.localizedName()));
                }
            }
            return Optional.ofNullable(FIXED.get(subject)).flatMap(messages::find);
        } catch (IllegalArgumentException | DateTimeParseException unknownShape) {
            return Optional.empty();
        }
    }
}
