package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import kz.medcert.domain.request.RegistryFallback;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RegistryFetch.FetchStatus;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden rows of format 4 hold the requests of format 3 (the upgrade of a row of format 3 is its row of format 4,
 * and both read into equal states) and two requests new to it, whose new part is checked here: a registry given up on
 * for the applicant, and its late answer (R21, R70).
 */
class GoldenRowsFormat4Test {

    static Stream<String> rowsOfBothFormats() {
        return GoldenRows.names(4).stream().filter(GoldenRows.names(3)::contains);
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void theUpgradeOfARowOfFormat3_isItsRowOfFormat4(String name) {
        GoldenRows.Row format3 = GoldenRows.read(3, name);
        GoldenRows.Row format4 = GoldenRows.read(4, name);

        GoldenRows.assertSameJson(Format3Upgrade.toFormat4(GoldenRows.tree(format3.state())),
                GoldenRows.tree(format4.state()), "the upgrade of golden row " + name + " of format 3");
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void aRowOfFormat4_readsAsTheRequestItsRowOfFormat3Holds(String name) {
        GoldenRows.Row format3 = GoldenRows.read(3, name);
        GoldenRows.Row format4 = GoldenRows.read(4, name);

        assertThat(RequestStateJson.read(format4.state(), format4.format(), 4))
                .isEqualTo(RequestStateJson.read(format3.state(), format3.format(), 4));
    }

    @Test
    void theRowsNewToFormat4_areTheTwoRequestsOfTheRegistryFallback() {
        assertThat(GoldenRows.names(4)).containsAll(GoldenRows.names(3));
        assertThat(GoldenRows.names(4).stream().filter(n -> !GoldenRows.names(3).contains(n))).containsExactly(
                "accepted-education-answered-late", "awaiting-documents-education-unavailable");
    }

    @Test
    void aRegistryGivenUpOn_isUnavailableSinceItsThirdFailure_andStillAsked_R21_R70() {
        RequestState s = read("awaiting-documents-education-unavailable");
        RegistryFetch education = fetchOf(s, StateRegistry.EDUCATION);

        assertThat(s.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(education.status()).isEqualTo(FetchStatus.UNAVAILABLE);
        assertThat(education.attempts()).isEqualTo(3);
        assertThat(education.unavailableSince()).isEqualTo(education.lastAttemptAt());
        assertThat(education.nextAttemptAt()).isPresent();
        assertThat(s.asksRegistries()).isTrue();
        assertThat(s.form().education()).hasSize(1);
        assertThat(s.history()).extracting(h -> h.event())
                .containsSubsequence("REGISTRY_UNAVAILABLE", "FORM_AMENDED", "ATTACHED");
    }

    @Test
    void aLateAnswerAfterTheSubmission_keepsWhenTheRegistryWasGivenUpOn_R21_R70() {
        RequestState s = read("accepted-education-answered-late");
        RegistryFetch education = fetchOf(s, StateRegistry.EDUCATION);

        assertThat(s.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(education.answeredLate()).isTrue();
        assertThat(education.unavailableAt(s.submission().orElseThrow().submittedAt())).isTrue();
        assertThat(s.fetched().education()).hasSize(1);
        assertThat(s.asksRegistries()).isFalse();
        assertThat(s.submission().orElseThrow().evaluation().reviewNotes()).extracting(n -> n.code())
                .contains(RegistryFallback.UNAVAILABLE_NOTE);
        assertThat(RegistryFallback.unavailable(s)).containsExactly(StateRegistry.EDUCATION);
    }

    private static RegistryFetch fetchOf(RequestState s, StateRegistry registry) {
        return s.fetches().stream().filter(f -> f.registry() == registry).findFirst().orElseThrow();
    }

    private static RequestState read(String name) {
        GoldenRows.Row row = GoldenRows.read(4, name);
        return RequestStateJson.read(row.state(), row.format(), 1);
    }
}
