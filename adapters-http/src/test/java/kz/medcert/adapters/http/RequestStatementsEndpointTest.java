package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.StreamSupport;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.FormStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request view names the application form's statements the applicant makes by signing (R92, R93), and its
 * {@code contentToSign} holds each of them, so the signature covers them (R17).
 */
class RequestStatementsEndpointTest {
    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    RequestStatementsEndpointTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aDomesticRequest_namesTheDeclarationAndTheConsentOfA1_whichItsContentToSignHolds_R92_R17() {
        String id = journeys.readyToSign();

        JsonNode view = journeys.get(id);

        List<FormStatement> statements = List.of(FormStatement.ACCURATE_INFORMATION,
                FormStatement.PERSONAL_DATA_CONSENT);
        assertThat(codes(view)).containsExactly("ACCURATE_INFORMATION", "PERSONAL_DATA_CONSENT");
        for (int i = 0; i < statements.size(); i++) {
            JsonNode text = view.path("statements").get(i).path("text");
            FormStatement statement = statements.get(i);
            assertThat(List.of(text.path("kk").asText(), text.path("ru").asText(), text.path("en").asText()))
                    .containsExactly(statement.text().kk(), statement.text().ru(), statement.text().en());
            assertThat(view.path("contentToSign").asText()).contains("statement=" + statement + " | kk="
                    + statement.text().kk() + " | ru=" + statement.text().ru() + "\n");
        }
    }

    @Test
    void theStatementsAreWordedInTheLanguageAsked_theContentToSignTheSameInEach_R92_R17() {
        String id = journeys.readyToSign();

        JsonNode kazakh = Journeys.ok(api.send(HttpRequest.newBuilder(api.uri(Journeys.path(id)))
                .header("Accept-Language", "kk").GET()), 200);
        JsonNode english = journeys.get(id);

        assertThat(kazakh.path("statements").get(0).path("text").path("text").asText())
                .isEqualTo(FormStatement.ACCURATE_INFORMATION.text().in(Language.KK));
        assertThat(english.path("statements").get(0).path("text").path("text").asText())
                .isEqualTo(FormStatement.ACCURATE_INFORMATION.text().in(Language.EN));
        assertThat(kazakh.path("contentToSign")).isEqualTo(english.path("contentToSign"));
        assertThat(kazakh.path("contentDigest")).isEqualTo(english.path("contentDigest"));
    }

    private static List<String> codes(JsonNode view) {
        return StreamSupport.stream(view.path("statements").spliterator(), false)
                .map(s -> s.path("code").asText()).toList();
    }
}
