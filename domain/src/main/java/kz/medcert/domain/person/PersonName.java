package kz.medcert.domain.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.Message;

/** A person's full name (surname, given name, optional patronymic) as written in Kazakh, Russian or Latin script. */
public record PersonName(String surname, String givenName, Optional<String> patronymic) {

    public static final int MAX_LENGTH = 100;
    // Unicode-aware so that no-break spaces pasted from documents collapse too.
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    // Typographic apostrophes arrive from word processors and registries; one spelling keeps names comparable.
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u02BC\u2018]");

    /** Normalises every part and rejects blank required parts or characters that no name contains. */
    public PersonName {
        surname = checked(DomainText.NAME_SURNAME, clean(surname));
        givenName = checked(DomainText.NAME_GIVEN_NAME, clean(givenName));
        // Blank from forms means "no patronymic".
        patronymic = Objects.requireNonNull(patronymic, "patronymic").map(PersonName::clean).filter(p -> !p.isEmpty())
                .map(p -> checked(DomainText.NAME_PATRONYMIC, p));
    }

    /** For callers holding a nullable patronymic (forms, registries); null or blank means none. */
    public static PersonName of(String surname, String givenName, String patronymic) {
        return new PersonName(surname, givenName, Optional.ofNullable(patronymic));
    }

    public static PersonName of(String surname, String givenName) {
        return new PersonName(surname, givenName, Optional.empty());
    }

    /** Surname, given name and patronymic in the order used in Kazakhstan's documents. */
    public String fullName() {
        return surname + " " + givenName + patronymic.map(p -> " " + p).orElse("");
    }

    /** Surname with initials, e.g. "Абенова А. Б.", enough to confirm a certificate without the full name. */
    public String initials() {
        return surname + " " + initial(givenName) + patronymic.map(p -> " " + initial(p)).orElse("");
    }

    /** Initials rather than the full name, to keep personal data out of logs. */
    @Override
    public String toString() {
        return initials();
    }

    /** The spelling that is stored and compared: composed, single-spaced, stripped, with ASCII apostrophes. */
    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        // NFC first: a name typed on some systems arrives decomposed (е + U+0308 for ё), which would fail the checks.
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return APOSTROPHES.matcher(s).replaceAll("'");
    }

    private static String checked(DomainText name, String s) {
        Message part = name.message();
        if (s.isEmpty()) {
            throw new InvalidValueException(DomainText.NAME_REQUIRED.message().with("part", part));
        }
        if (s.length() > MAX_LENGTH) {
            throw new InvalidValueException(DomainText.NAME_TOO_LONG.message().with("part", part)
                    .with("max", MAX_LENGTH).with("length", s.length()));
        }
        boolean hasLetter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isNameLetter(c)) {
                hasLetter = true;
            } else if (c != ' ' && c != '-' && c != '\'') {
                // Reports the code point, not the name: names are personal data.
                throw new InvalidValueException(DomainText.NAME_CHARACTER.message().with("part", part)
                        .with("codePoint", String.format(Locale.ROOT, "U+%04X", (int) c)).with("position", i + 1));
            }
        }
        if (!hasLetter) {
            throw new InvalidValueException(DomainText.NAME_NO_LETTER.message().with("part", part));
        }
        return s;
    }

    /**
     * Upper- or lower-case Cyrillic letters (Russian, Kazakh Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі, other peoples of Kazakhstan)
     * and Latin letters (with diacritics, as in the Kazakh Latin alphabet: Ä, Ğ, Ñ, Ş, Ū). The blocks are limited so
     * that look-alikes such as full-width or IPA letters are refused.
     */
    private static boolean isNameLetter(char c) {
        // the blocks as code point ranges: Basic Latin to Latin Extended-B, Cyrillic and Cyrillic Supplementary (a
        // range test, not Character.UnicodeBlock.of, which searches a table: names are checked on every read)
        boolean inBlocks = c <= 0x024F || c >= 0x0400 && c <= 0x052F;
        if (!inBlocks) {
            return false;
        }
        int type = Character.getType(c);
        if (type != Character.UPPERCASE_LETTER && type != Character.LOWERCASE_LETTER) {
            return false;
        }
        // every cased letter of these blocks is Latin or Cyrillic but the micro sign (Greek) in Latin-1
        return c < 0x0080 || c > 0x00FF || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static String initial(String namePart) {
        int first = namePart.codePoints().filter(Character::isLetter).findFirst().orElseThrow();
        return new String(Character.toChars(Character.toUpperCase(first))) + ".";
    }
}
