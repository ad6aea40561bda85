package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * A checklist item's subject: its key ({@link ChecklistItem#subject()}) and its words
 * ({@link ChecklistItem#subjectText()}) as the rules make them, and the words read back from a key alone for a store
 * that kept only the key: the certificate to copy ({@link CertificateRequirements}), the diploma
 * ({@link EducationRequirements}), the document a translation is of ({@link CommonRequirements}) and the rules' two
 * fixed subjects. A key of no shape the rules make has no words. The keys and their reading stand together here, so
 * that neither changes without the other.
 */
public final class ChecklistSubjects {
    // certificateKey: "<specialty> issued <day>( valid until <day>| indefinite)"; keys of an earlier day lack the end
    private static final Pattern CERTIFICATE = Pattern.compile(
            "([A-Z0-9_]+) issued (\\d{4}-\\d{2}-\\d{2})(?: valid until (\\d{4}-\\d{2}-\\d{2})|( indefinite))?");
    // educationKey: "<level> <field> <graduation day>[ <country>]"
    private static final Pattern EDUCATION = Pattern.compile(
            "([A-Z_]+) ([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})(?: ([A-Z]{2,3}))?");
    private static final Map<String, LocalizedText> FIXED = Map.of(
            PostgraduateRequirements.ABROAD_EQUIVALENT.en(), PostgraduateRequirements.ABROAD_EQUIVALENT,
            RetrainingRequirements.LABORATORY_ALTERNATIVES.en(), RetrainingRequirements.LABORATORY_ALTERNATIVES);

    private ChecklistSubjects() {
    }

    /** The words of the subject {@code key}, the names read from {@code catalogue}; empty for a key of no known shape. */
    public static Optional<LocalizedText> wordsOf(String key, SpecialtyCatalogue catalogue) {
        try {
            Matcher certificate = CERTIFICATE.matcher(key);
            if (certificate.matches()) {
                LocalizedText specialty = catalogue.nameOf(SpecialtyCode.of(certificate.group(1)));
                LocalDate issuedOn = LocalDate.parse(certificate.group(2));
                if (certificate.group(3) == null && certificate.group(4) == null) {
                    return Optional.of(certificateOfUnstatedValidity(specialty, issuedOn));
                }
                return Optional.of(certificate(specialty, issuedOn,
                        Optional.ofNullable(certificate.group(3)).map(LocalDate::parse)));
            }
            Matcher education = EDUCATION.matcher(key);
            if (education.matches()) {
                EducationRecord record = EducationRecord.domestic(EducationLevel.valueOf(education.group(1)),
                        EducationField.valueOf(education.group(2)), LocalDate.parse(education.group(3)));
                if (education.group(4) != null) {
                    record = new EducationRecord(record.level(), record.field(), record.graduationDate(),
                            CountryCode.of(education.group(4)), false, false, Optional.empty(), Optional.empty());
                }
                return Optional.of(education(record));
            }
            for (DocumentCode document : DocumentCode.values()) {
                if (document.name().equals(key)) {
                    return Optional.of(document.localizedName());
                }
            }
            return Optional.ofNullable(FIXED.get(key));
        } catch (IllegalArgumentException | DateTimeParseException noKnownShape) {
            return Optional.empty();
        }
    }

    /** The key of a diploma's subject: level, field, graduation day, and the country of one obtained abroad. */
    static String educationKey(EducationRecord record) {
        return record.level() + " " + record.field() + " " + record.graduationDate()
                + (record.country().isKazakhstan() ? "" : " " + record.country());
    }

    /** The record in words: level, field, graduation day and, for one obtained abroad, the country. */
    static LocalizedText education(EducationRecord record) {
        LocalizedText level = record.level().localizedName();
        LocalizedText field = record.field().localizedName();
        String country = record.country().isKazakhstan() ? "" : ", ";
        LocalizedText countryName = record.country().isKazakhstan() ? LocalizedText.same("")
                : record.country().localizedName();
        String graduated = PersonDates.format(record.graduationDate());
        return LocalizedText.of(
                level.kk() + ", " + field.kk() + ", " + graduated + country + countryName.kk(),
                level.ru() + ", " + field.ru() + ", " + graduated + country + countryName.ru(),
                level.en() + ", " + field.en() + ", " + graduated + country + countryName.en());
    }

    /** The key of a certificate's subject: specialty, issue day, and the last valid day or "indefinite". */
    static String certificateKey(SpecialtyCode specialty, LocalDate issuedOn, Optional<LocalDate> until) {
        return specialty + " issued " + issuedOn + until.map(d -> " valid until " + d).orElse(" indefinite");
    }

    /** The certificate in words: specialty, issue day and validity (the last valid day, or indefinite). */
    static LocalizedText certificate(LocalizedText specialty, LocalDate issuedOn, Optional<LocalDate> until) {
        LocalizedText s = Texts.quoted(specialty);
        String issued = PersonDates.format(issuedOn);
        Optional<String> lastDay = until.map(PersonDates::format);
        return LocalizedText.of(
                s.kk() + " мамандығы бойынша сертификат, " + issued + " берілген, "
                        + lastDay.map(d -> d + " дейін жарамды").orElse("мерзімсіз"),
                "Сертификат по специальности " + s.ru() + ", выдан " + issued + ", "
                        + lastDay.map(d -> "действителен до " + d).orElse("бессрочный"),
                specialty.en() + ", issued " + issued + ", "
                        + lastDay.map(d -> "valid until " + d).orElse("indefinite"));
    }

    /** A certificate whose key, as the rules of its day made it, did not say how long it is valid. */
    private static LocalizedText certificateOfUnstatedValidity(LocalizedText specialty, LocalDate issuedOn) {
        LocalizedText s = Texts.quoted(specialty);
        String issued = PersonDates.format(issuedOn);
        return LocalizedText.of(s.kk() + " мамандығы бойынша сертификат, " + issued + " берілген",
                "Сертификат по специальности " + s.ru() + ", выдан " + issued, specialty.en() + ", issued " + issued);
    }
}
