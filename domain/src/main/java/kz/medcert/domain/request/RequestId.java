package kz.medcert.domain.request;

import java.util.Objects;
import java.util.UUID;

/** Identifier of one request for the public service. */
public record RequestId(UUID value) {
    public RequestId {
        Objects.requireNonNull(value, "request id");
    }

    public static RequestId parse(String text) {
        return new RequestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
