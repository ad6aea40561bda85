package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.FormStatement;
import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden rows of format 7 hold the requests of format 6, which carry none of the form's statements (they were
 * stored before the statements were signed, so their signed content stays as it was, R17), and two requests new to
 * it that carry their form's statements: a domestic one the declaration and the consent of A1 (R92), a foreign
 * specialist's the declaration of A5 alone (R93).
 */
class GoldenRowsFormat7Test {

    static Stream<String> rowsOfBothFormats() {
        return GoldenRows.names(7).stream().filter(GoldenRows.names(6)::contains);
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void theUpgradeOfARowOfFormat6_isItsRowOfFormat7(String name) {
        GoldenRows.Row format6 = GoldenRows.read(6, name);
        GoldenRows.Row format7 = GoldenRows.read(7, name);

        GoldenRows.assertSameJson(Format6Upgrade.toFormat7(GoldenRows.tree(format6.state())),
                GoldenRows.tree(format7.state()), "the upgrade of golden row " + name + " of format 6");
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void aRowOfFormat6_readsAsARequestCarryingNoStatements_itsContentUnchanged_R17(String name) {
        GoldenRows.Row format6 = GoldenRows.read(6, name);
        GoldenRows.Row format7 = GoldenRows.read(7, name);
        RequestState upgraded = RequestStateJson.read(format6.state(), format6.format(), 5);

        assertThat(upgraded.statements()).isEmpty();
        assertThat(RequestStateJson.read(format7.state(), format7.format(), 5)).isEqualTo(upgraded);
        assertThat(CertificationRequest.restore(upgraded).contentToSign()).doesNotContain("statement=");
    }

    @Test
    void theRowsNewToFormat7_areRequestsCarryingTheirFormsStatements() {
        assertThat(GoldenRows.names(7)).containsAll(GoldenRows.names(6));
        assertThat(GoldenRows.names(7).stream().filter(n -> !GoldenRows.names(6).contains(n)))
                .containsExactly("accepted-signed-a1-statements", "issued-foreign-signed-a5-statement");
    }

    @Test
    void aDomesticRequest_carriesTheDeclarationAndTheConsentOfA1_andSignsThem_R92_R17() {
        RequestState s = read("accepted-signed-a1-statements");

        assertThat(s.form().category()).isEqualTo(Category.DOMESTIC);
        assertThat(s.statements()).containsExactly(FormStatement.ACCURATE_INFORMATION,
                FormStatement.PERSONAL_DATA_CONSENT);
        assertThat(CertificationRequest.restore(s).contentToSign())
                .contains("statement=ACCURATE_INFORMATION | kk=Мен дұрыс мәліметтер мен құжаттарды ұсынамын.")
                .contains("statement=PERSONAL_DATA_CONSENT | kk=Мемлекеттік қызметті");
    }

    @Test
    void aForeignSpecialistsRequest_carriesTheDeclarationOfA5Alone_R93_R17() {
        RequestState s = read("issued-foreign-signed-a5-statement");

        assertThat(s.form().category()).isEqualTo(Category.FOREIGN);
        assertThat(s.statements()).containsExactly(FormStatement.ACCURATE_INFORMATION);
        assertThat(CertificationRequest.restore(s).contentToSign())
                .contains("statement=ACCURATE_INFORMATION").doesNotContain("PERSONAL_DATA_CONSENT");
    }

    private static RequestState read(String name) {
        GoldenRows.Row row = GoldenRows.read(7, name);
        return RequestStateJson.read(row.state(), row.format(), 1);
    }
}
