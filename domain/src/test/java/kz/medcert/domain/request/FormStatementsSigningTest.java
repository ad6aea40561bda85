package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.medcert.domain.dossier.Category;
import org.junit.jupiter.api.Test;

/**
 * The application form's fixed statements are part of what the applicant signs (R17): the declaration that the
 * information and documents are accurate and, on A1 only, the consent to the processing of personal data (R92 items
 * 9 and 10; R93 item 11). A request stored before they were signed carries none and keeps its content.
 */
class FormStatementsSigningTest {
    private static final String DECLARATION_LINE = "statement=ACCURATE_INFORMATION"
            + " | kk=Мен дұрыс мәліметтер мен құжаттарды ұсынамын."
            + " | ru=Я представляю достоверные сведения и документы.\n";
    private static final String CONSENT_LINE = "statement=PERSONAL_DATA_CONSENT"
            + " | kk=Мемлекеттік қызметті көрсету үшін қажетті дербес деректерді жинауға және өңдеуге келісім"
            + " беремін. | ru=Даю согласие на сбор и обработку персональных данных, необходимых для оказания"
            + " государственной услуги.\n";

    @Test
    void aDomesticRequest_signsTheDeclarationAndTheConsentOfA1_oneLineEach_R92_R17() {
        CertificationRequest request = RequestFixtures.started();

        assertThat(request.state().statements()).containsExactly(FormStatement.ACCURATE_INFORMATION,
                FormStatement.PERSONAL_DATA_CONSENT);
        assertThat(request.contentToSign()).contains(DECLARATION_LINE + CONSENT_LINE + "attachments:\n");
    }

    @Test
    void aForeignSpecialistsRequest_signsTheDeclarationOfA5_andNoConsentSentence_R93_R17() {
        CertificationRequest request = RequestFixtures.started(RequestFixtures.foreignForm());

        assertThat(request.state().statements()).containsExactly(FormStatement.ACCURATE_INFORMATION);
        assertThat(request.contentToSign()).contains(DECLARATION_LINE + "attachments:\n")
                .doesNotContain("PERSONAL_DATA_CONSENT");
    }

    @Test
    void theFormsStatements_followTheCategory_R92_R93() {
        assertThat(FormStatement.ofForm(Category.DOMESTIC)).containsExactly(FormStatement.ACCURATE_INFORMATION,
                FormStatement.PERSONAL_DATA_CONSENT);
        assertThat(FormStatement.ofForm(Category.FOREIGN)).containsExactly(FormStatement.ACCURATE_INFORMATION);
    }

    @Test
    void theSignedContent_changesIfAStatementWereDropped_R92_R17() {
        CertificationRequest signed = RequestFixtures.started();

        CertificationRequest withoutConsent = carrying(signed, List.of(FormStatement.ACCURATE_INFORMATION));
        CertificationRequest withoutDeclaration = carrying(signed, List.of(FormStatement.PERSONAL_DATA_CONSENT));

        assertThat(List.of(withoutConsent.contentDigest(), withoutDeclaration.contentDigest()))
                .doesNotContain(signed.contentDigest()).doesNotHaveDuplicates();
        assertThat(withoutConsent.contentToSign()).isEqualTo(signed.contentToSign().replace(CONSENT_LINE, ""));
    }

    @Test
    void aRequestStoredBeforeTheStatements_keepsItsContentAndDigest_R17() {
        CertificationRequest signed = RequestFixtures.started();

        CertificationRequest storedBefore = carrying(signed, List.of());

        // the content of a request without statements is the one every earlier build signed, line for line
        assertThat(storedBefore.contentToSign()).isEqualTo(signed.contentToSign().replace(DECLARATION_LINE, "")
                .replace(CONSENT_LINE, "")).doesNotContain("statement=");
        assertThat(storedBefore.contentDigest()).isNotEqualTo(signed.contentDigest());
    }

    @Test
    void theStatements_stayThroughAnAmendmentOfTheForm_R92_R17() {
        CertificationRequest waiting = RequestFixtures.awaitingRegistries();

        CertificationRequest amended = waiting.formAmended(RequestFixtures.domesticFormBuilder()
                .nameChangedAfterEducation(true).build(), ApplicationDetails.NONE, minutes(5), HistoryEntry.SYSTEM);

        assertThat(amended).isNotSameAs(waiting);
        assertThat(amended.state().statements()).isEqualTo(waiting.state().statements()).isNotEmpty();
        assertThat(amended.contentToSign()).contains(DECLARATION_LINE + CONSENT_LINE);
    }

    @Test
    void aRequest_carriesOnlyItsFormsStatements_eachOnceInTheFormsOrder_R92_R93() {
        CertificationRequest foreign = RequestFixtures.started(RequestFixtures.foreignForm());
        CertificationRequest domestic = RequestFixtures.started();

        assertThatThrownBy(() -> carrying(foreign, List.of(FormStatement.ACCURATE_INFORMATION,
                FormStatement.PERSONAL_DATA_CONSENT))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FOREIGN");
        assertThatThrownBy(() -> carrying(domestic, List.of(FormStatement.PERSONAL_DATA_CONSENT,
                FormStatement.ACCURATE_INFORMATION))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> carrying(domestic, List.of(FormStatement.ACCURATE_INFORMATION,
                FormStatement.ACCURATE_INFORMATION))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The same request carrying {@code statements} instead, as a stored row might hold it. */
    private static CertificationRequest carrying(CertificationRequest request, List<FormStatement> statements) {
        RequestState s = request.state();
        return CertificationRequest.restore(new RequestState(s.id(), s.applicant(), s.startedAt(), s.form(),
                s.consent(), s.fetches(), s.fetched(), s.attachments(), s.submission(), s.status(), s.history(),
                s.version(), s.decision(), s.details(), statements));
    }
}
