package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The items {@link Basis#item} names from its table read as they did when each was written per evaluation. */
class BasisItemTest {

    @Test
    void everyItemOfEveryRoute_readsAsWrittenOut() {
        for (Route route : Route.values()) {
            for (int n = -1; n <= 40; n++) {
                String expected = (route.isForeign() ? "Appendix 6" : "Appendix 2") + ", row 8, "
                        + (route.isFirstTime() ? "first-time" : "confirmation") + " item " + n;
                assertThat(Basis.item(route, n)).as("%s item %d", route, n).isEqualTo(expected);
            }
        }
    }
}
