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

    /** The department's name in kk/ru/en, as in {@code regions.tsv}. */
    public LocalizedText localizedName() {
        return Regions.entry(region).department();
    }

    @Override
    public String toString() {
        return code();
    }
}
