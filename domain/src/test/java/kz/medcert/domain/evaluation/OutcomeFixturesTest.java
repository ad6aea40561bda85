package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import kz.medcert.domain.dossier.Dossier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared fixtures are what they claim to be: eligible, on the stated route, with no review notes. */
class OutcomeFixturesTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("pediatricianConfirming", DossierFixtures.pediatricianConfirming(), Route.CONFIRMATION),
                Arguments.of("domesticFirstTimeGraduate", DossierFixtures.domesticFirstTimeGraduate(),
                        Route.FIRST_TIME),
                Arguments.of("foreignFirstTimeSpecialist", DossierFixtures.foreignFirstTimeSpecialist(),
                        Route.FOREIGN_FIRST_TIME),
                Arguments.of("foreignConfirmingSpecialist", DossierFixtures.foreignConfirmingSpecialist(),
                        Route.FOREIGN_CONFIRMATION));
    }

    @ParameterizedTest(name = "R04_R06_R08_R09_R91 fixture {0} is eligible on {2}")
    @MethodSource("fixtures")
    void fixtureIsEligibleOnItsRoute(String name, Dossier dossier, Route route) {
        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).as(name).isEqualTo(route);
        assertThat(evaluation.outcome().isEligible()).as(name + ": " + evaluation.outcome()).isTrue();
        assertThat(evaluation.reviewNotes()).as(name).isEmpty();
    }
}
