package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The format this build writes ({@link RequestStateJson#FORMAT}) is the one its golden rows hold: every golden row of
 * the current format is written back exactly as it is stored. A change to the storage model or its mapping that
 * changes what is written fails here until it becomes a new format, with its upgrade and its own golden rows.
 */
class CurrentFormatTest {

    static Stream<String> goldenRows() {
        return GoldenRows.names(RequestStateJson.FORMAT).stream();
    }

    @Test
    void everyGoldenRequest_hasAGoldenRowOfTheCurrentFormat() {
        assertThat(GoldenRows.names(RequestStateJson.FORMAT))
                .as("golden rows of format %d (GoldenRows.main writes them)", RequestStateJson.FORMAT)
                .containsExactlyInAnyOrderElementsOf(GoldenRequests.all().stream().map(GoldenRequests.Golden::name)
                        .toList());
    }

    @ParameterizedTest
    @MethodSource("goldenRows")
    void aGoldenRow_isWrittenBackExactlyAsStored(String name) {
        GoldenRows.Row row = GoldenRows.read(RequestStateJson.FORMAT, name);
        RequestState state = RequestStateJson.read(row.state(), row.format(), 3);

        JsonNode written = GoldenRows.tree(RequestStateJson.write(state));
        JsonNode stored = GoldenRows.tree(row.state());

        GoldenRows.assertSameJson(written, stored, "golden row " + name + " of format " + RequestStateJson.FORMAT
                + " is written differently now: the stored format changed. Raise RequestStateJson.FORMAT, add the "
                + "upgrade from format " + RequestStateJson.FORMAT + " and write the golden rows of the new format "
                + "(GoldenRows.main)");
        assertThat(state.version()).isEqualTo(3);
    }

    @Test
    void everyGoldenRequest_builtToday_survivesTheCurrentFormat() {
        List<GoldenRequests.Golden> all = GoldenRequests.all();

        for (GoldenRequests.Golden golden : all) {
            RequestState state = golden.state().atVersion(5);
            assertThat(RequestStateJson.read(RequestStateJson.write(state), RequestStateJson.FORMAT, 5))
                    .as(golden.name()).isEqualTo(state);
        }
    }
}
