package kz.medcert.archfixture.clean.domain.thing;

import java.util.Objects;

/** Identifier value object. */
public record ThingId(String value) {
    public ThingId {
        Objects.requireNonNull(value, "value");
    }
}
