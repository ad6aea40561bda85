package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.function.UnaryOperator;
import kz.medcert.domain.request.RequestState;

/**
 * The JSON a request is stored as (the {@code state} column, with its format in {@code state_format}): the storage
 * model of this package ({@link StoredRequest} and its parts), mapped to and from the domain by hand, one small
 * mapper per part. The domain carries no annotation and is never read by reflection, so a domain record can change
 * freely; what a change means for the stored rows is decided here:
 * <ul>
 *   <li>a new domain component: map it in its part's mapper (the constructor call there no longer compiles, or
 *       StorageModelCoverageTest names it). If it is stored, the format changes;</li>
 *   <li>a change of format: raise {@link #FORMAT}, add a step to {@link #UPGRADES} that turns a row of the previous
 *       format into the new one (on the JSON alone, supplying what older rows do not hold), and check in golden rows
 *       of the new format (GoldenRows.main). The golden rows of every format stay and must still read; the golden
 *       tests fail when what is written changes while {@link #FORMAT} does not.</li>
 * </ul>
 * Rows are upgraded when read and written back in the current format at their next change.
 */
public final class RequestStateJson {
    /** The format this build writes. It reads this one and every earlier one. */
    public static final int FORMAT = 7;

    /** {@code UPGRADES.get(f - 1)} turns the JSON of a row of format {@code f} into format {@code f + 1}. */
    private static final List<UnaryOperator<JsonNode>> UPGRADES = List.of(Format1Upgrade::toFormat2,
            Format2Upgrade::toFormat3, Format3Upgrade::toFormat4, Format4Upgrade::toFormat5,
            Format5Upgrade::toFormat6, Format6Upgrade::toFormat7);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // a row holds exactly the current layout: nothing more, nothing missing, nothing after it
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // numbers of older rows pass through a JSON tree exactly as they were written
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private RequestStateJson() {
    }

    /** The JSON of {@code state} in format {@link #FORMAT}; its version is not part of it. */
    public static String write(RequestState state) {
        try {
            return MAPPER.writeValueAsString(RequestMapper.toStored(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request " + state.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * The state a row holds, at the version of its {@code version} column.
     *
     * @throws IllegalStateException when the row is of a format this build does not know, is not JSON of its format,
     *                               or holds what the domain refuses
     */
    public static RequestState read(String json, int format, long version) {
        if (format < 1 || format > FORMAT) {
            throw new IllegalStateException("stored request state has format " + format + ", this build reads "
                    + "formats 1 to " + FORMAT);
        }
        StoredRequest stored;
        try {
            stored = format == FORMAT ? MAPPER.readValue(json, StoredRequest.class)
                    : MAPPER.treeToValue(upgraded(MAPPER.readTree(json), format), StoredRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored request state of format " + format + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
        try {
            return RequestMapper.toDomain(stored, version);
        } catch (RuntimeException e) {
            throw new IllegalStateException("stored request " + stored.id() + " is not a valid request: "
                    + e.getMessage(), e);
        }
    }

    private static JsonNode upgraded(JsonNode tree, int format) {
        JsonNode current = tree;
        for (int f = format; f < FORMAT; f++) {
            try {
                current = UPGRADES.get(f - 1).apply(current);
            } catch (RuntimeException e) {
                throw new IllegalStateException("stored request state of format " + f + " cannot be upgraded: "
                        + e.getMessage(), e);
            }
        }
        return current;
    }
}
