package kz.medcert.adapters.persistence;

import static kz.medcert.application.testing.JourneyFixtures.awaitingDocuments;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static kz.medcert.application.testing.JourneyFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.medcert.adapters.persistence.stored.RequestStateJson;
import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.api.Test;

/**
 * The stored JSON of a request: every part of the state and nothing derived, the outcome's variant by name, the
 * version kept out (the row's column holds it), and a strict reading of the current format.
 */
class RequestStateJsonTest {
    private final RequestState submitted = submitted(awaitingDocuments(awaitingRegistries(started()))).state();

    @Test
    void read_returnsAnEqualState_atTheRowsVersion() {
        String json = RequestStateJson.write(submitted);

        assertThat(RequestStateJson.read(json, RequestStateJson.FORMAT, 7)).isEqualTo(submitted.atVersion(7));
    }

    @Test
    void write_namesTheOutcomeVariant_keepsNanoseconds_andLeavesOutTheVersionAndDerivedProperties() {
        String json = RequestStateJson.write(submitted.atVersion(7));

        assertThat(json).contains("\"kind\":\"REFUSAL\"", "\"startedAt\":\"2024-12-02T04:00:00.123456789Z\"",
                        "\"iin\":\"850417412340\"")
                .doesNotContain("\"version\"", "\"value\"", "\"eligible\"", "\"unmet\"", "\"valid\"", "\"NURSING\"");
    }

    @Test
    void read_ofTheCurrentFormat_refusesARowWithAPartMissing() {
        String json = RequestStateJson.write(submitted);
        String withoutDecision = json.replace(",\"decision\":null", "");
        assertThat(withoutDecision).isNotEqualTo(json);

        assertThatThrownBy(() -> RequestStateJson.read(withoutDecision, RequestStateJson.FORMAT, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("decision");
    }

    @Test
    void read_ofTheCurrentFormat_refusesAPartItDoesNotKnow() {
        String json = RequestStateJson.write(submitted).replace("\"decision\":null", "\"decision\":null,\"x\":1");

        assertThatThrownBy(() -> RequestStateJson.read(json, RequestStateJson.FORMAT, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"x\"");
    }

    @Test
    void read_refusesAFormatItDoesNotKnow() {
        String json = RequestStateJson.write(submitted);

        for (int format : new int[] {0, RequestStateJson.FORMAT + 1}) {
            assertThatThrownBy(() -> RequestStateJson.read(json, format, 1))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("format " + format);
        }
    }

    @Test
    void read_refusesJsonThatBreaksADomainInvariant() {
        String json = RequestStateJson.write(submitted).replace("\"850417412340\"", "\"850417412341\"");

        assertThatThrownBy(() -> RequestStateJson.read(json, RequestStateJson.FORMAT, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a valid request");
    }

    @Test
    void read_refusesSomethingThatIsNotJson() {
        assertThatThrownBy(() -> RequestStateJson.read("{\"id\":", RequestStateJson.FORMAT, 1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RequestStateJson.read("[]", 1, 1)).isInstanceOf(IllegalStateException.class);
    }
}
