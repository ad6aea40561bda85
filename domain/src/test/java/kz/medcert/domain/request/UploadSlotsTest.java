package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Obligation;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.evaluation.RouteDecision;
import kz.medcert.domain.evaluation.Satisfaction;
import kz.medcert.domain.evaluation.Source;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/** Which checklist items the applicant uploads, which block submission (R22), and which upload fills which (R19, R20). */
class UploadSlotsTest {
    private static final String FIRST_DIPLOMA = "HIGHER PEDIATRICS 2025-06-30";
    private static final String SECOND_DIPLOMA = "TVET NURSING 2019-06-30";

    private static ChecklistItem item(DocumentCode document, Obligation obligation, Source source,
                                      Satisfaction satisfaction) {
        return ChecklistItem.of(document, obligation, source, satisfaction, "test basis", Rule.R22);
    }

    private static ChecklistItem mandatoryUpload(DocumentCode document) {
        return item(document, Obligation.MANDATORY, Source.APPLICANT, Satisfaction.SATISFIED);
    }

    private static ChecklistItem translationOf(DocumentCode document) {
        return item(DocumentCode.NOTARIZED_TRANSLATION, Obligation.MANDATORY, Source.APPLICANT,
                Satisfaction.NOT_STATED).about(document.name(), document.localizedName());
    }

    private static Evaluation evaluation(ChecklistItem... items) {
        return new Evaluation(new RouteDecision(Route.FIRST_TIME, Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty()), List.of(items), List.of(), new Outcome.Eligible(LocalizedText.of("kk", "ru", "en")),
                Optional.empty(), "test rules", List.of());
    }

    @Test
    void requiredSlot_forEachMandatoryApplicantItem_exceptTheApplicationAndInformationForm_R22() {
        // given
        Evaluation evaluation = evaluation(mandatoryUpload(DocumentCode.APPLICATION),
                mandatoryUpload(DocumentCode.INFORMATION_FORM), mandatoryUpload(DocumentCode.DIPLOMA),
                item(DocumentCode.IDENTITY_DOCUMENT, Obligation.MANDATORY, Source.APPLICANT, Satisfaction.NOT_STATED));

        // when
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of());

        // then
        assertThat(slots).extracting(slot -> slot.item().document())
                .containsExactly(DocumentCode.DIPLOMA, DocumentCode.IDENTITY_DOCUMENT);
        assertThat(slots).allMatch(UploadSlot::required).allMatch(UploadSlot::missing);
    }

    @Test
    void registryItems_haveNoSlot_R21() {
        // given
        Evaluation evaluation = evaluation(
                item(DocumentCode.DIPLOMA, Obligation.MANDATORY, Source.REGISTRY, Satisfaction.SATISFIED),
                item(DocumentCode.PROHIBITION_CHECK, Obligation.MANDATORY, Source.REGISTRY, Satisfaction.NOT_STATED),
                item(DocumentCode.ASSESSMENT_RESULT, Obligation.MANDATORY, Source.REGISTRY,
                        Satisfaction.NOT_SATISFIED));

        // when / then
        assertThat(UploadSlots.of(evaluation, List.of())).isEmpty();
    }

    @Test
    void mandatoryItemTheDossierShowsMissing_isNotRequired_soSubmissionIsNotBlocked_R22() {
        // given
        Evaluation evaluation = evaluation(
                item(DocumentCode.PROFESSIONAL_DEVELOPMENT, Obligation.MANDATORY, Source.APPLICANT,
                        Satisfaction.NOT_SATISFIED),
                mandatoryUpload(DocumentCode.DIPLOMA));

        // when
        List<UploadSlot> missing = UploadSlots.missing(evaluation, List.of());

        // then
        assertThat(UploadSlots.of(evaluation, List.of()).get(0).required()).isFalse();
        assertThat(missing).extracting(slot -> slot.item().document()).containsExactly(DocumentCode.DIPLOMA);
    }

    @Test
    void ifAnyItem_isAnOptionalSlot() {
        // given
        Evaluation evaluation = evaluation(item(DocumentCode.CERTIFICATION_COURSE, Obligation.IF_ANY,
                Source.APPLICANT, Satisfaction.NOT_STATED));

        // when
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of());

        // then
        assertThat(slots).singleElement().satisfies(slot -> {
            assertThat(slot.required()).isFalse();
            assertThat(slot.missing()).isFalse();
        });
    }

    @Test
    void attachment_fillsTheSlotOfItsDocument_andOnlyThat() {
        // given
        Evaluation evaluation = evaluation(mandatoryUpload(DocumentCode.DIPLOMA),
                mandatoryUpload(DocumentCode.EMPLOYMENT_RECORD));
        Attachment diploma = RequestFixtures.pdf(DocumentCode.DIPLOMA);

        // when
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of(diploma));

        // then
        assertThat(slots.get(0).uploads()).containsExactly(diploma);
        assertThat(slots.get(1).filled()).isFalse();
        assertThat(UploadSlots.missing(evaluation, List.of(diploma))).extracting(s -> s.item().document())
                .containsExactly(DocumentCode.EMPLOYMENT_RECORD);
    }

    @Test
    void oneAttachment_fillsOneSlot_evenWhenTwoItemsNeedTheSameDocument_R19() {
        // given
        Evaluation evaluation = evaluation(
                mandatoryUpload(DocumentCode.DIPLOMA).about(FIRST_DIPLOMA, LocalizedText.same(FIRST_DIPLOMA)),
                mandatoryUpload(DocumentCode.DIPLOMA).about(SECOND_DIPLOMA, LocalizedText.same(SECOND_DIPLOMA)));
        Attachment diploma = RequestFixtures.pdf(DocumentCode.DIPLOMA);

        // when
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of(diploma));

        // then
        assertThat(slots).filteredOn(UploadSlot::filled).singleElement()
                .satisfies(slot -> assertThat(slot.uploads()).containsExactly(diploma));
        assertThat(UploadSlots.missing(evaluation, List.of(diploma))).hasSize(1);
    }

    @Test
    void attachmentNamingASubject_fillsOnlyTheItemAboutIt() {
        // given
        Evaluation evaluation = evaluation(
                mandatoryUpload(DocumentCode.DIPLOMA).about(FIRST_DIPLOMA, LocalizedText.same(FIRST_DIPLOMA)),
                mandatoryUpload(DocumentCode.DIPLOMA).about(SECOND_DIPLOMA, LocalizedText.same(SECOND_DIPLOMA)));
        Attachment second = RequestFixtures.pdfAbout(DocumentCode.DIPLOMA, SECOND_DIPLOMA);

        // when
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of(second));

        // then
        assertThat(slots.get(0).filled()).isFalse();
        assertThat(slots.get(1).uploads()).containsExactly(second);
    }

    @Test
    void attachmentNamingASubject_keepsItsSlot_whenAnUnnamedOneOfTheSameDocumentCameFirst_R22() {
        // given
        Evaluation evaluation = evaluation(
                mandatoryUpload(DocumentCode.DIPLOMA).about(FIRST_DIPLOMA, LocalizedText.same(FIRST_DIPLOMA)),
                mandatoryUpload(DocumentCode.DIPLOMA).about(SECOND_DIPLOMA, LocalizedText.same(SECOND_DIPLOMA)));
        Attachment unnamed = RequestFixtures.pdf(DocumentCode.DIPLOMA);
        Attachment first = RequestFixtures.pdfAbout(DocumentCode.DIPLOMA, FIRST_DIPLOMA);

        // when
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of(unnamed, first));

        // then
        assertThat(slots.get(0).uploads()).containsExactly(first);
        assertThat(slots.get(1).uploads()).containsExactly(unnamed);
        assertThat(UploadSlots.missing(evaluation, List.of(unnamed, first))).isEmpty();
    }

    @Test
    void translation_fillsOnlyTheSlotOfTheDocumentItTranslates_R20() {
        // given
        Evaluation evaluation = evaluation(translationOf(DocumentCode.DIPLOMA),
                translationOf(DocumentCode.EMPLOYMENT_RECORD));
        Attachment translation = RequestFixtures.translationOf(DocumentCode.EMPLOYMENT_RECORD);

        // when
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of(translation));

        // then
        assertThat(slots.get(0).filled()).isFalse();
        assertThat(slots.get(1).uploads()).containsExactly(translation);
        assertThat(UploadSlots.missing(evaluation, List.of(translation))).extracting(s -> s.item().subject())
                .containsExactly(Optional.of("DIPLOMA"));
    }

    @Test
    void translatedDocument_doesNotFillTheTranslationSlot_norTheOtherWayRound_R20() {
        // given
        Evaluation evaluation = evaluation(mandatoryUpload(DocumentCode.DIPLOMA), translationOf(DocumentCode.DIPLOMA));
        Attachment translation = RequestFixtures.translationOf(DocumentCode.DIPLOMA);

        // when
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of(translation));

        // then
        assertThat(slots.get(0).filled()).isFalse();
        assertThat(slots.get(1).uploads()).containsExactly(translation);
    }

    @Test
    void foreignLanguageUpload_opensARequiredTranslationSlot_withTheStandardRules_R20_R22() {
        // given
        CertificationRequest request = RequestFixtures.awaitingDocuments()
                .attached(RequestFixtures.foreignLanguagePdf(DocumentCode.DIPLOMA));
        Evaluation evaluation = CertificationRules.standard().evaluate(request.dossierOn(TODAY, Optional.empty()));

        // when
        List<UploadSlot> missing = UploadSlots.missing(evaluation, request.state().attachments());
        List<UploadSlot> afterTranslation = UploadSlots.missing(evaluation, request.attached(
                RequestFixtures.translationOf(DocumentCode.DIPLOMA)).state().attachments());

        // then
        assertThat(missing).filteredOn(slot -> slot.item().document() == DocumentCode.NOTARIZED_TRANSLATION)
                .singleElement().satisfies(slot -> assertThat(slot.item().subject()).contains("DIPLOMA"));
        assertThat(afterTranslation).extracting(slot -> slot.item().document())
                .doesNotContain(DocumentCode.NOTARIZED_TRANSLATION);
    }
}
