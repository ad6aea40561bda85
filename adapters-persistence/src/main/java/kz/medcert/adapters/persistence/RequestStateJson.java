package kz.medcert.adapters.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.RequestState;

/**
 * The stored JSON form of a {@link RequestState}. The domain carries no annotations: records are written by their
 * components and read back through their canonical constructors (so every invariant is checked again on reading),
 * and what Jackson cannot infer is said here in mix-ins.
 */
final class RequestStateJson {
    /**
     * The layout of the JSON, stored with each row. Raise it when a change to the domain records changes the JSON
     * incompatibly, and migrate (or read) rows of the older format.
     */
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addMixIn(Outcome.class, OutcomeMixIn.class)
            .addMixIn(Decision.class, DecisionMixIn.class)
            // A record's state is its fields (its components); derived is/get methods (isEligible, isUnmet,
            // isValid) are not, and would not read back.
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RequestStateJson() {
    }

    static String write(RequestState state) {
        try {
            return MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request " + state.id() + " cannot be written as JSON", e);
        }
    }

    static RequestState read(String json, int format) {
        if (format != FORMAT) {
            throw new IllegalStateException("stored request state has format " + format + ", this build reads "
                    + FORMAT + "; migrate the stored rows first");
        }
        try {
            return MAPPER.readValue(json, RequestState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored request state cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The sealed outcome is stored with its variant's name, so that it reads back as the same record. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Outcome.Eligible.class, name = "ELIGIBLE"),
            @JsonSubTypes.Type(value = Outcome.Refusal.class, name = "REFUSAL")})
    private interface OutcomeMixIn {
    }

    /** The sealed decision likewise; rows written before decisions existed have none (read as empty). */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Decision.Issued.class, name = "ISSUED"),
            @JsonSubTypes.Type(value = Decision.RefusalProposed.class, name = "REFUSAL_PROPOSED"),
            @JsonSubTypes.Type(value = Decision.Refused.class, name = "REFUSED")})
    private interface DecisionMixIn {
    }
}
