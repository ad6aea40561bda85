package kz.medcert.adapters.persistence;

import static kz.medcert.adapters.persistence.RequestFixtures.awaitingDocuments;
import static kz.medcert.adapters.persistence.RequestFixtures.awaitingRegistries;
import static kz.medcert.adapters.persistence.RequestFixtures.started;
import static kz.medcert.adapters.persistence.RequestFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.api.Test;

/** The stored JSON of a request: every record component, nothing derived, the outcome's variant by name. */
class RequestStateJsonTest {
    private final RequestState submitted = submitted(awaitingDocuments(awaitingRegistries(started()))).state();

    @Test
    void read_returnsAnEqualState_ofASubmittedRequest() {
        String json = RequestStateJson.write(submitted);

        assertThat(RequestStateJson.read(json, RequestStateJson.FORMAT)).isEqualTo(submitted);
    }

    @Test
    void write_namesTheOutcomeVariant_andLeavesOutDerivedProperties() {
        String json = RequestStateJson.write(submitted);

        assertThat(json).contains("\"kind\":\"REFUSAL\"", "\"startedAt\":\"2024-12-02T04:00:00.123456789Z\"")
                .doesNotContain("\"eligible\"", "\"unmet\"", "\"valid\"", "\"NURSING\"");
    }

    @Test
    void read_ofARowWrittenBeforeDecisionsExisted_hasNoDecision() {
        String json = RequestStateJson.write(submitted);
        String older = json.replace(",\"decision\":null", "").replace(",\"decision\":{}", "");
        assertThat(older).doesNotContain("\"decision\"");

        assertThat(RequestStateJson.read(older, RequestStateJson.FORMAT).decision()).isEmpty();
    }

    @Test
    void read_refusesAnotherFormat() {
        String json = RequestStateJson.write(submitted);

        assertThatThrownBy(() -> RequestStateJson.read(json, RequestStateJson.FORMAT + 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("format");
    }

    @Test
    void read_refusesJsonThatBreaksADomainInvariant() {
        String json = RequestStateJson.write(submitted).replace("\"850417412340\"", "\"850417412341\"");

        assertThatThrownBy(() -> RequestStateJson.read(json, RequestStateJson.FORMAT))
                .isInstanceOf(IllegalStateException.class);
    }
}
