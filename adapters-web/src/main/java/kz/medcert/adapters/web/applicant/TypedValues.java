package kz.medcert.adapters.web.applicant;

import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * How the applicant's forms read what was typed into a field: a day as dd.MM.yyyy (as {@code PersonDates} writes it),
 * a specialty of the catalogue, a code of an enumeration. Each answers empty where the text is no such value; the
 * form names the problem in its own words.
 */
final class TypedValues {
    private TypedValues() {
    }

    /** dd.MM.yyyy, strictly (31.02 is no date). */
    static Optional<LocalDate> date(String typed) {
        return PersonDates.parse(typed);
    }

    /** A specialty code the catalogue knows (R02). */
    static Optional<SpecialtyCode> specialty(String typed, SpecialtyCatalogue catalogue) {
        if (typed.isBlank()) {
            return Optional.empty();
        }
        try {
            SpecialtyCode code = SpecialtyCode.of(typed);
            return catalogue.isKnownCode(code) ? Optional.of(code) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The constant of {@code type} named {@code typed}. */
    static <E extends Enum<E>> Optional<E> code(String typed, Class<E> type) {
        try {
            return Optional.of(Enum.valueOf(type, typed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
