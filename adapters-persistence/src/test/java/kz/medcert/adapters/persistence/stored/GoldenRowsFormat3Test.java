package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.request.ApplicantIdentity;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden rows of format 3 hold the requests of format 2 (the upgrade of a row of format 2 is its row of format 3,
 * and both read into equal states) and three requests new to it, whose new parts are checked here: the identity
 * registry's person, the form's details, the applicant's contact, an issue's level and override, ground 1's upload.
 */
class GoldenRowsFormat3Test {

    static Stream<String> rowsOfBothFormats() {
        return GoldenRows.names(3).stream().filter(GoldenRows.names(2)::contains);
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void theUpgradeOfARowOfFormat2_isItsRowOfFormat3(String name) {
        GoldenRows.Row format2 = GoldenRows.read(2, name);
        GoldenRows.Row format3 = GoldenRows.read(3, name);

        GoldenRows.assertSameJson(Format2Upgrade.toFormat3(GoldenRows.tree(format2.state())),
                GoldenRows.tree(format3.state()), "the upgrade of golden row " + name + " of format 2");
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void aRowOfFormat3_readsAsTheRequestItsRowOfFormat2Holds(String name) {
        GoldenRows.Row format2 = GoldenRows.read(2, name);
        GoldenRows.Row format3 = GoldenRows.read(3, name);

        assertThat(RequestStateJson.read(format3.state(), format3.format(), 4))
                .isEqualTo(RequestStateJson.read(format2.state(), format2.format(), 4));
    }

    @Test
    void theRowsNewToFormat3_areTheThreeRequestsOfItsNewParts() {
        assertThat(GoldenRows.names(3)).containsAll(GoldenRows.names(2));
        assertThat(GoldenRows.names(3).stream().filter(n -> !GoldenRows.names(2).contains(n))).containsExactly(
                "accepted-foreign-identity-not-held", "issued-with-override-and-level", "refused-unreliable-upload");
    }

    @Test
    void aForeignSpecialistTheRegistryDoesNotHold_keepsTheOrganisationContactAndDeclaredRegion_R47_R69_R71() {
        RequestState s = read("accepted-foreign-identity-not-held");

        assertThat(s.details().organisation()).hasValueSatisfying(o -> {
            assertThat(o.ownership()).isEqualTo("частная");
            assertThat(o.branches()).contains("филиал: Туркестан, ул. Есим хана 3");
        });
        assertThat(s.applicant().contact().phone()).contains("+992 93 555 12 34");
        assertThat(s.fetched().person()).isEmpty();
        assertThat(s.fetched().identityOnRecord()).contains(false);
        assertThat(s.identity().regionSource()).isEqualTo(ApplicantIdentity.Source.DECLARED);
        assertThat(s.history()).extracting(h -> h.event()).contains("REGION_AS_DECLARED");
        assertThat(s.submission().orElseThrow().evaluation().reviewNotes()).extracting(n -> n.code())
                .contains("IDENTITY_NOT_IN_REGISTRY");
    }

    @Test
    void anIssueOnGroundsFound_keepsTheLevelGrantedAndTheOverride_R15_R74_R91() {
        RequestState s = read("issued-with-override-and-level");
        Decision.Issued issued = (Decision.Issued) s.decision().orElseThrow();

        assertThat(issued.level()).contains(QualificationLevel.FIRST);
        assertThat(issued.override()).hasValueSatisfying(o -> {
            assertThat(o.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
            assertThat(o.motivation().kk()).hasValueSatisfying(t -> assertThat(t).startsWith("Бағалау"));
            assertThat(o.motivation().ru()).hasValueSatisfying(t -> assertThat(t).startsWith("Результат"));
            assertThat(o.motivation().en()).isEmpty();
        });
        assertThat(s.identity().name().givenName()).isEqualTo("Гульнар");
        assertThat(s.applicant().name().givenName()).isEqualTo("Гүлнар");
        assertThat(s.submission().orElseThrow().evaluation().reviewNotes()).extracting(n -> n.code())
                .contains("NAME_DIFFERS_FROM_REGISTRY");
    }

    @Test
    void aRefusalOnGroundOne_namesTheUploadFoundUnreliable_R85() {
        RequestState s = read("refused-unreliable-upload");
        Decision.Refused refused = (Decision.Refused) s.decision().orElseThrow();

        assertThat(refused.reasons().unreliableDocuments()).containsExactly(s.attachments().get(0).id());
        assertThat(refused.proposed().reasons().unreliableDocuments()).isEqualTo(List.of(s.attachments().get(0).id()));
    }

    private static RequestState read(String name) {
        GoldenRows.Row row = GoldenRows.read(3, name);
        return RequestStateJson.read(row.state(), row.format(), 1);
    }
}
