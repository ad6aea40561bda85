package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden rows of format 6 hold the requests of format 5, whose checklist subjects now carry the rules' words for
 * their keys: the upgrade of each row of format 5 is its row of format 6, and both read as the same request.
 */
class GoldenRowsFormat6Test {

    static Stream<String> rowsOfBothFormats() {
        return GoldenRows.names(6).stream().filter(GoldenRows.names(5)::contains);
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void theUpgradeOfARowOfFormat5_isItsRowOfFormat6(String name) {
        GoldenRows.Row format5 = GoldenRows.read(5, name);
        GoldenRows.Row format6 = GoldenRows.read(6, name);

        GoldenRows.assertSameJson(Format5Upgrade.toFormat6(GoldenRows.tree(format5.state())),
                GoldenRows.tree(format6.state()), "the upgrade of golden row " + name + " of format 5");
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void aRowOfFormat5_readsAsTheRequestItsRowOfFormat6Holds(String name) {
        GoldenRows.Row format5 = GoldenRows.read(5, name);
        GoldenRows.Row format6 = GoldenRows.read(6, name);

        assertThat(RequestStateJson.read(format5.state(), format5.format(), 5))
                .isEqualTo(RequestStateJson.read(format6.state(), format6.format(), 5));
    }
}
