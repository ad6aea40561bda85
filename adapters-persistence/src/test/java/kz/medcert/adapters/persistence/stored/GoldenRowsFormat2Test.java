package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden rows of format 2 hold the same requests as those of format 1: the upgrade of a row of format 1 is the
 * row of format 2, property for property, and both read into equal domain states. (GoldenRowsFormat1Test checks what
 * the requests hold.)
 */
class GoldenRowsFormat2Test {

    static Stream<String> rowsOfBothFormats() {
        return GoldenRows.names(2).stream().filter(GoldenRows.names(1)::contains);
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void theUpgradeOfARowOfFormat1_isItsRowOfFormat2(String name) {
        GoldenRows.Row format1 = GoldenRows.read(1, name);
        GoldenRows.Row format2 = GoldenRows.read(2, name);

        GoldenRows.assertSameJson(Format1Upgrade.toFormat2(GoldenRows.tree(format1.state())),
                GoldenRows.tree(format2.state()), "the upgrade of golden row " + name + " of format 1");
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void aRowOfFormat2_readsAsTheRequestItsRowOfFormat1Holds(String name) {
        GoldenRows.Row format1 = GoldenRows.read(1, name);
        GoldenRows.Row format2 = GoldenRows.read(2, name);

        assertThat(RequestStateJson.read(format2.state(), format2.format(), 4))
                .isEqualTo(RequestStateJson.read(format1.state(), format1.format(), 4));
    }

    @Test
    void everyRowOfFormat2_hasItsRowOfFormat1() {
        assertThat(GoldenRows.names(1)).containsAll(GoldenRows.names(2));
    }
}
