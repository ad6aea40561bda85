package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Items of every route: application (R17), information form (R18), translations (R20), completeness (R22). */
class ChecklistCommonTest {

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of(Route.FIRST_TIME, DossierFixtures.domesticFirstTimeGraduate(), "A1"),
                Arguments.of(Route.CONFIRMATION, DossierFixtures.pediatricianConfirming(), "A1"),
                Arguments.of(Route.FOREIGN_FIRST_TIME, DossierFixtures.foreignFirstTimeSpecialist(), "A5"),
                Arguments.of(Route.FOREIGN_CONFIRMATION, DossierFixtures.foreignConfirmingSpecialist(), "A5"));
    }

    @ParameterizedTest(name = "R17 {0}: application on form {2}, signed with EDS")
    @MethodSource("routes")
    void r17_theApplicationIsAlwaysRequired_onTheRouteForm(Route route, Dossier dossier, String form) {
        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        ChecklistItem application = only(evaluation, DocumentCode.APPLICATION);
        assertThat(evaluation.route().route()).isEqualTo(route);
        assertThat(application.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(application.source()).isEqualTo(Source.APPLICANT);
        assertThat(application.satisfaction()).isEqualTo(Satisfaction.NOT_STATED);
        assertThat(application.rules()).containsExactly(Rule.R17);
        assertThat(application.basis()).contains("(form " + form + ")")
                .startsWith(route.isForeign() ? "Appendix 6" : "Appendix 2");
    }

    @ParameterizedTest(name = "R18 {0}: information form required")
    @MethodSource("routes")
    void r18_theInformationFormIsAlwaysRequired_alsoForForeignSpecialists(Route route, Dossier dossier,
                                                                         String form) {
        // when
        ChecklistItem item = only(DossierFixtures.evaluate(dossier), DocumentCode.INFORMATION_FORM);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.rules()).contains(Rule.R18, Rule.R70);
    }

    @Test
    void r20_oneNotarizedTranslationPerForeignLanguageDocument() {
        // given: the Turkish specialist's diploma and labour record are in neither Kazakh nor Russian
        Dossier dossier = DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .foreignLanguageDocument(DocumentCode.DIPLOMA)
                .foreignLanguageDocument(DocumentCode.EMPLOYMENT_RECORD).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(items(evaluation, DocumentCode.NOTARIZED_TRANSLATION)).hasSize(2)
                .allSatisfy(i -> {
                    assertThat(i.obligation()).isEqualTo(Obligation.MANDATORY);
                    assertThat(i.source()).isEqualTo(Source.APPLICANT);
                    assertThat(i.satisfaction()).isEqualTo(Satisfaction.NOT_STATED);
                    assertThat(i.rules()).containsExactly(Rule.R20);
                    assertThat(i.basis()).startsWith("Appendix 6");
                })
                .extracting(i -> i.subject().orElseThrow())
                .containsExactlyInAnyOrder("DIPLOMA", "EMPLOYMENT_RECORD");
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @ParameterizedTest(name = "R20 {0}: a foreign-language document needs a translation")
    @MethodSource("routes")
    void r20_translationsApplyOnEveryRoute(Route route, Dossier dossier, String form) {
        // given
        Dossier withForeignDocument = dossier.toBuilder().foreignLanguageDocument(DocumentCode.PROFESSIONAL_DEVELOPMENT)
                .build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(withForeignDocument);

        // then
        assertThat(only(evaluation, DocumentCode.NOTARIZED_TRANSLATION).subject())
                .contains("PROFESSIONAL_DEVELOPMENT");
    }

    @ParameterizedTest(name = "R20 {0}: no translation when every document is in Kazakh or Russian")
    @MethodSource("routes")
    void r20_noForeignLanguageDocument_noTranslation(Route route, Dossier dossier, String form) {
        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(items(evaluation, DocumentCode.NOTARIZED_TRANSLATION)).isEmpty();
        assertThat(DossierFixtures.notRequired(evaluation, DocumentCode.NOTARIZED_TRANSLATION))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R20));
    }

    static Stream<Arguments> dossiers() {
        return Stream.of(
                Arguments.of("fixture DOM first-time", DossierFixtures.domesticFirstTimeGraduate()),
                Arguments.of("fixture DOM confirmation", DossierFixtures.pediatricianConfirming()),
                Arguments.of("fixture FOR first-time", DossierFixtures.foreignFirstTimeSpecialist()),
                Arguments.of("fixture FOR confirmation", DossierFixtures.foreignConfirmingSpecialist()),
                Arguments.of("R37 internship missing", DocumentScenarios.domesticPhysician(DocumentScenarios.PEDIATRICS,
                        EducationField.PEDIATRICS, DocumentScenarios.june(2005)).build()),
                Arguments.of("R53 permit missing", DossierFixtures.foreignFirstTimeSpecialistBuilder()
                        .citizenship(DocumentScenarios.UZBEKISTAN).labourPermit(null).build()),
                Arguments.of("R20 translation", DossierFixtures.pediatricianConfirmingBuilder()
                        .foreignLanguageDocument(DocumentCode.DIPLOMA).build()),
                Arguments.of("R47 identity upload", DossierFixtures.foreignFirstTimeSpecialistBuilder()
                        .identityInRegistry(false).build()));
    }

    @ParameterizedTest(name = "R22 R86 {0}: eligible exactly when no mandatory item is unmet")
    @MethodSource("dossiers")
    void r22_r86_everyUnmetMandatoryItemIsARefusalOnGround2_andNotStatedItemsNeverAre(String name, Dossier dossier) {
        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        boolean unmet = evaluation.checklist().stream().anyMatch(ChecklistItem::isUnmet);
        assertThat(evaluation.outcome().isEligible()).as(name).isEqualTo(!unmet);
        evaluation.checklist().stream().filter(ChecklistItem::isUnmet).forEach(item ->
                assertThat(DossierFixtures.refusal(evaluation).grounds()).as(name + " " + item.document())
                        .contains(Ground.GROUND_2_REQUIREMENTS_NOT_MET));
    }
}
