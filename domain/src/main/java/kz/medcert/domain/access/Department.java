package kz.medcert.domain.access;

import java.util.Objects;
import kz.medcert.domain.reference.LocalizedText;

/**
 * A territorial department of the Committee for Medical and Pharmaceutical Control (R71): the provider of the service
 * for the applicants of one region. Its code is the region's.
 */
public record Department(Region region) {

    public Department {
        Objects.requireNonNull(region, "region");
    }

    public static Department of(Region region) {
        return new Department(region);
    }

    /** Parses a department code, e.g. {@code ALMATY_CITY}. */
    public static Department parse(String code) {
        return new Department(Region.valueOf(code.strip()));
    }

    public String code() {
        return region.name();
    }

    public LocalizedText localizedName() {
        LocalizedText r = region.localizedName();
        return LocalizedText.of(
                r.kk() + " бойынша Медициналық және фармацевтикалық бақылау комитетінің аумақтық департаменті",
                // the Russian name keeps the region in the nominative, in parentheses, to stay grammatical for all 20
                "Территориальный департамент Комитета медицинского и фармацевтического контроля (" + r.ru() + ")",
                "Territorial department of the Committee for Medical and Pharmaceutical Control, " + r.en());
    }

    @Override
    public String toString() {
        return code();
    }
}
