package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.APPLICANT;
import static kz.medcert.domain.request.RequestFixtures.DECLARED_DIPLOMA;
import static kz.medcert.domain.request.RequestFixtures.DECLARED_INTERNSHIP;
import static kz.medcert.domain.request.RequestFixtures.PEDIATRICS;
import static kz.medcert.domain.request.RequestFixtures.T0;
import static kz.medcert.domain.request.RequestFixtures.TODAY;
import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.evaluation.Satisfaction;
import kz.medcert.domain.evaluation.Source;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.request.RegistryFetch.FetchStatus;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * R21, R70: a state registry that stays down does not hold the applicant forever. After a time from the consent or a
 * number of failed attempts it is unavailable for the applicant, who declares and uploads what it would have
 * supplied; it is asked on in the background, and an answer that comes later wins and is compared with the
 * declaration.
 */
class RegistryFallbackTest {
    /** Given up on after 3 failed attempts or an hour after the consent (at minute 2). */
    private static final FallbackPolicy POLICY = new FallbackPolicy(Duration.ofHours(1), 3);
    private static final CertificationRules RULES = CertificationRules.standard();
    private static final AssessmentResult PASSED = new AssessmentResult(PEDIATRICS, LocalDate.of(2025, 8, 1), true);
    private static final PersonRecord PERSON = new PersonRecord(APPLICANT.iin(), APPLICANT.name(),
            CountryCode.KAZAKHSTAN, Optional.of(kz.medcert.domain.access.Region.ALMATY_CITY), false);

    /** Every registry but {@code down} answers: the education registry with nothing, the others as a graduate's. */
    private static CertificationRequest everyOtherAnswered(Dossier form, StateRegistry down) {
        CertificationRequest request = RequestFixtures.awaitingRegistries(form);
        for (StateRegistry registry : request.registriesDue(minutes(3))) {
            if (registry != down) {
                request = request.registryAnswered(registry, answerOf(registry), minutes(3));
            }
        }
        return request;
    }

    private static UnaryOperator<FetchedFacts> answerOf(StateRegistry registry) {
        return switch (registry) {
            case PROHIBITIONS -> f -> f.withProhibition(Prohibition.NONE);
            case IDENTITY -> f -> f.withPerson(Optional.of(PERSON));
            case NAME_CHANGES -> f -> f.withNameChange(false);
            default -> UnaryOperator.identity();
        };
    }

    /** {@code registry} fails {@code times} times, a minute apart from minute 3, under {@link #POLICY}. */
    private static CertificationRequest failing(CertificationRequest request, StateRegistry registry, int times) {
        for (int i = 0; i < times; i++) {
            request = request.registryFailed(registry, "answered with an error", minutes(3 + i), minutes(4 + i),
                    POLICY, HistoryEntry.SYSTEM);
        }
        return request;
    }

    private static RegistryFetch fetchOf(CertificationRequest request, StateRegistry registry) {
        return request.state().fetches().stream().filter(f -> f.registry() == registry).findFirst().orElseThrow();
    }

    private static Dossier declaredForm() {
        return RequestFixtures.domesticFormBuilder().assessment(PASSED).build();
    }

    private static Evaluation evaluation(CertificationRequest request) {
        return request.evaluate(RULES, TODAY, Optional.of(T0), List.of());
    }

    private static List<String> codes(Evaluation evaluation) {
        return evaluation.reviewNotes().stream().map(ReviewNote::code).toList();
    }

    private static ChecklistItem item(Evaluation evaluation, DocumentCode document) {
        return evaluation.checklist().stream().filter(i -> i.document() == document).findFirst().orElseThrow();
    }

    @Test
    void aRegistryThatFailsTheConfiguredNumberOfTimes_isUnavailable_andTheRequestGoesOn_R21_R70() {
        CertificationRequest waiting = failing(everyOtherAnswered(declaredForm(), StateRegistry.EDUCATION),
                StateRegistry.EDUCATION, 2);
        assertThat(waiting.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        assertThat(fetchOf(waiting, StateRegistry.EDUCATION).status()).isEqualTo(FetchStatus.FAILED);

        CertificationRequest given = failing(waiting, StateRegistry.EDUCATION, 1);

        RegistryFetch education = fetchOf(given, StateRegistry.EDUCATION);
        assertThat(education.status()).isEqualTo(FetchStatus.UNAVAILABLE);
        assertThat(education.attempts()).isEqualTo(3);
        assertThat(education.unavailableSince()).contains(minutes(3));
        assertThat(education.nextAttemptAt()).contains(minutes(4));
        assertThat(given.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(given.state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("REGISTRY_UNAVAILABLE");
            assertThat(entry.detail()).startsWith("EDUCATION: no answer in 3 attempts since the consent at "
                    + minutes(2)).contains("declare", "upload", "R21, R70", "next at " + minutes(4));
        });
        // still asked in the background, at its retry time
        assertThat(given.registriesDue(minutes(3))).isEmpty();
        assertThat(given.registriesDue(minutes(4))).containsExactly(StateRegistry.EDUCATION);
        assertThat(given.state().asksRegistries()).isTrue();
    }

    @Test
    void aRegistryThatHasNotAnsweredAfterTheConfiguredTime_isUnavailable_whateverTheAttempts_R21_R70() {
        CertificationRequest request = everyOtherAnswered(declaredForm(), StateRegistry.EDUCATION);
        request = request.registryFailed(StateRegistry.EDUCATION, "timeout", minutes(3), minutes(61), POLICY,
                HistoryEntry.SYSTEM);
        assertThat(fetchOf(request, StateRegistry.EDUCATION).status()).isEqualTo(FetchStatus.FAILED);

        // the consent was at minute 2: an hour later the second failure gives it up
        request = request.registryFailed(StateRegistry.EDUCATION, "timeout", minutes(62), minutes(120), POLICY,
                HistoryEntry.SYSTEM);

        assertThat(fetchOf(request, StateRegistry.EDUCATION).status()).isEqualTo(FetchStatus.UNAVAILABLE);
        assertThat(fetchOf(request, StateRegistry.EDUCATION).attempts()).isEqualTo(2);
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(POLICY.deadline(minutes(2))).isEqualTo(minutes(62));
    }

    @Test
    void anUnavailableRegistry_waitsForTheOthersStillAnswering_R21_R70() {
        CertificationRequest request = RequestFixtures.awaitingRegistries(declaredForm());
        request = failing(request, StateRegistry.EDUCATION, 3);
        assertThat(fetchOf(request, StateRegistry.EDUCATION).unavailable()).isTrue();
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);

        for (StateRegistry registry : request.registriesDue(minutes(3))) {
            if (registry != StateRegistry.EDUCATION) {
                request = request.registryAnswered(registry, answerOf(registry), minutes(8));
            }
        }

        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
    }

    @Test
    void whatAnUnavailableRegistryServes_becomesTheApplicantsUpload_namingIt_andTheOfficerIsTold_R21_R70() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.ASSESSMENTS),
                StateRegistry.ASSESSMENTS, 3);

        Evaluation evaluation = evaluation(request);

        // R66 assumes the fetch; while the registry is down the declared result counts and its copy is uploaded
        ChecklistItem assessment = item(evaluation, DocumentCode.ASSESSMENT_RESULT);
        assertThat(assessment.source()).isEqualTo(Source.APPLICANT);
        assertThat(assessment.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(assessment.rules()).contains(Rule.R66, Rule.R21, Rule.R70);
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of(), RegistryFallback.unavailable(request.state()));
        assertThat(slots).filteredOn(slot -> slot.item().document() == DocumentCode.ASSESSMENT_RESULT).singleElement()
                .satisfies(slot -> {
                    assertThat(slot.required()).isTrue();
                    assertThat(slot.fallbackFor()).contains(StateRegistry.ASSESSMENTS);
                });
        assertThat(slots).filteredOn(slot -> slot.item().document() == DocumentCode.DIPLOMA)
                .allSatisfy(slot -> assertThat(slot.fallbackFor()).isEmpty());
        assertThat(codes(evaluation)).contains(RegistryFallback.UNAVAILABLE_NOTE);
        assertThat(evaluation.reviewNotes()).filteredOn(n -> n.code().equals(RegistryFallback.UNAVAILABLE_NOTE))
                .singleElement().satisfies(note -> {
                    assertThat(note.rules()).containsExactly(Rule.R21, Rule.R70);
                    assertThat(note.text().en()).contains("Assessment results").doesNotContain("ASSESSMENTS");
                    assertThat(note.text().ru()).contains("Результаты оценки профессиональной подготовленности");
                    assertThat(note.text().kk()).contains("Кәсіби даярлықты бағалау нәтижелері");
                });
        // never confirmed automatically: a review note, and a registry that did not answer
        assertThat(AutomaticConfirmation.assess(request.state(), evaluation))
                .isInstanceOf(AutomaticConfirmation.Verdict.ToOfficer.class);
    }

    @Test
    void anUnavailableEducationRegistry_makesTheDeclaredDiplomaAndInternshipItsUploads_R21_R62_R70() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.EDUCATION),
                StateRegistry.EDUCATION, 3);

        Evaluation evaluation = evaluation(request);
        List<UploadSlot> slots = UploadSlots.of(evaluation, List.of(), RegistryFallback.unavailable(request.state()));

        assertThat(slots).filteredOn(slot -> slot.item().document() == DocumentCode.DIPLOMA
                        || slot.item().document() == DocumentCode.INTERNSHIP)
                .hasSize(2).allSatisfy(slot -> assertThat(slot.fallbackFor()).contains(StateRegistry.EDUCATION));
        assertThat(UploadSlots.missing(evaluation, List.of()))
                .extracting(slot -> slot.item().document()).contains(DocumentCode.DIPLOMA);
    }

    @Test
    void aDiplomaOfBefore2012_isAnUploadWhateverTheRegistryHolds_notItsFallback_R23() {
        Dossier form = Dossier.builder(Category.DOMESTIC, PEDIATRICS, TODAY)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2005, 6, 30)))
                .build();
        CertificationRequest request = failing(everyOtherAnswered(form, StateRegistry.EDUCATION),
                StateRegistry.EDUCATION, 3);

        Evaluation evaluation = evaluation(request);

        assertThat(RegistryFallback.standsInFor(item(evaluation, DocumentCode.DIPLOMA),
                RegistryFallback.unavailable(request.state()))).isEmpty();
    }

    @Test
    void anUnavailableProhibitionsRegistry_isReplacedByNoUpload_itsAbsenceReadsAsNoData_R68() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.PROHIBITIONS),
                StateRegistry.PROHIBITIONS, 3);
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(request.state().history()).last().satisfies(entry -> assertThat(entry.detail())
                .contains("nothing replaces it", "no data", "R68"));

        Evaluation evaluation = evaluation(request);

        assertThat(item(evaluation, DocumentCode.PROHIBITION_CHECK).source()).isEqualTo(Source.REGISTRY);
        assertThat(UploadSlots.of(evaluation, List.of(), RegistryFallback.unavailable(request.state())))
                .noneMatch(slot -> slot.item().document() == DocumentCode.PROHIBITION_CHECK);
        assertThat(codes(evaluation)).contains("PROHIBITION_NO_DATA", RegistryFallback.UNAVAILABLE_NOTE);
        assertThat(evaluation.reviewNotes()).filteredOn(n -> n.code().equals(RegistryFallback.UNAVAILABLE_NOTE))
                .singleElement().satisfies(note -> {
                    assertThat(note.rules()).contains(Rule.R68);
                    assertThat(note.text().en()).contains("cannot be replaced by an upload");
                });
    }

    @Test
    void aLateAnswerBeforeTheSubmission_counts_andADifferenceFromTheDeclarationIsNoted_R21_R70() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.EDUCATION),
                StateRegistry.EDUCATION, 3);
        EducationRecord registered = EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                LocalDate.of(2025, 6, 28)).inRegistry(true);

        CertificationRequest answered = request.registryAnswered(StateRegistry.EDUCATION,
                f -> f.withEducation(List.of(registered), List.of()), minutes(30));

        assertThat(answered.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        RegistryFetch education = fetchOf(answered, StateRegistry.EDUCATION);
        assertThat(education.status()).isEqualTo(FetchStatus.FETCHED);
        assertThat(education.answeredLate()).isTrue();
        assertThat(answered.state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("FETCHED_LATE");
            assertThat(entry.detail()).startsWith("EDUCATION; consent REF-1; unavailable since " + minutes(5));
        });
        Evaluation evaluation = evaluation(answered);
        assertThat(codes(evaluation)).doesNotContain(RegistryFallback.UNAVAILABLE_NOTE)
                .contains(RegistryFallback.DIFFERS_NOTE);
        assertThat(evaluation.reviewNotes()).filteredOn(n -> n.code().equals(RegistryFallback.DIFFERS_NOTE))
                .singleElement().satisfies(note -> {
                    assertThat(note.rules()).contains(Rule.R21, Rule.R70, Rule.R62);
                    assertThat(note.text().en()).contains("Education records answered late",
                            "on record, not declared: [Higher education, Pediatrics, 28.06.2025]",
                            "declared, not on record: [Higher education, Pediatrics, 30.06.2025; internship, "
                                    + "Pediatrics, 30.06.2025]").doesNotContain("PEDIATRICS", "EDUCATION");
                    assertThat(note.text().ru()).contains("«Сведения об образовании» ответила с опозданием",
                            "«Педиатрия»");
                });
        // the registry's diploma is now the one the rules use: no upload in its place
        assertThat(evaluation.checklist()).filteredOn(i -> i.document() == DocumentCode.DIPLOMA)
                .anySatisfy(i -> assertThat(i.source()).isEqualTo(Source.REGISTRY));
        assertThat(UploadSlots.of(evaluation, List.of(), RegistryFallback.unavailable(answered.state())))
                .allSatisfy(slot -> assertThat(slot.fallbackFor()).isEmpty());
    }

    @Test
    void aLateAnswerThatAgreesWithTheDeclaration_raisesNoNote_R21_R70() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.EDUCATION),
                StateRegistry.EDUCATION, 3);

        CertificationRequest answered = request.registryAnswered(StateRegistry.EDUCATION,
                f -> f.withEducation(List.of(DECLARED_DIPLOMA.inRegistry(true)), List.of(
                        new kz.medcert.domain.dossier.PostgraduateTraining(DECLARED_INTERNSHIP.type(),
                                DECLARED_INTERNSHIP.specialty(), DECLARED_INTERNSHIP.completedOn(), true))),
                minutes(30));

        assertThat(codes(evaluation(answered))).doesNotContain(RegistryFallback.DIFFERS_NOTE,
                RegistryFallback.UNAVAILABLE_NOTE);
    }

    @Test
    void aLateAnswerAfterTheSubmission_isRecorded_theStoredEvaluationStands_andTheOfficerSeesTheDifference_R21_R70() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.ASSESSMENTS),
                StateRegistry.ASSESSMENTS, 3);
        CertificationRequest accepted = submitted(request);
        Evaluation stored = accepted.state().submission().orElseThrow().evaluation();
        assertThat(accepted.state().asksRegistries()).isTrue();
        assertThat(accepted.registriesDue(minutes(6))).containsExactly(StateRegistry.ASSESSMENTS);
        AssessmentResult failedOnRecord = new AssessmentResult(PEDIATRICS, PASSED.date(), false);

        CertificationRequest answered = accepted.registryAnswered(StateRegistry.ASSESSMENTS,
                f -> f.withAssessments(List.of(failedOnRecord)), minutes(90));

        assertThat(answered.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(answered.state().fetched().assessments()).containsExactly(failedOnRecord);
        assertThat(answered.state().submission().orElseThrow().evaluation()).isEqualTo(stored);
        assertThat(answered.state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("FETCHED_LATE");
            assertThat(entry.detail()).contains("the evaluation of the submission stands");
        });
        assertThat(answered.state().asksRegistries()).isFalse();
        Evaluation shown = answered.evaluationAsSubmitted().orElseThrow();
        assertThat(codes(shown)).contains(RegistryFallback.UNAVAILABLE_NOTE, RegistryFallback.DIFFERS_NOTE);
        assertThat(shown.reviewNotes()).filteredOn(n -> n.code().equals(RegistryFallback.DIFFERS_NOTE))
                .singleElement().satisfies(note -> assertThat(note.text().en())
                        .contains("on record, not declared: [Pediatrics, 01.08.2025, not passed]",
                                "declared, not on record: [Pediatrics, 01.08.2025, passed]"));
        // what the applicant uploaded in its place stays, naming the registry it stood in for
        assertThat(UploadSlots.of(shown, answered.state().attachments(),
                RegistryFallback.unavailable(answered.state())))
                .filteredOn(slot -> slot.item().document() == DocumentCode.ASSESSMENT_RESULT).singleElement()
                .satisfies(slot -> assertThat(slot.fallbackFor()).contains(StateRegistry.ASSESSMENTS));
    }

    @Test
    void aProhibitionReportedAfterTheSubmission_forbidsTheIssue_R68_R88() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.PROHIBITIONS),
                StateRegistry.PROHIBITIONS, 3);
        CertificationRequest accepted = submitted(request);

        CertificationRequest answered = accepted.registryAnswered(StateRegistry.PROHIBITIONS,
                f -> f.withProhibition(Prohibition.ACTIVITY_PROHIBITED), minutes(90));

        assertThat(codes(answered.evaluationAsSubmitted().orElseThrow()))
                .contains(RegistryFallback.LATE_PROHIBITION_NOTE);
        boolean eligible = answered.state().submission().orElseThrow().evaluation().outcome().isEligible();
        assertThatThrownBy(() -> answered.issued(CertificateNumbers.issue(java.time.Year.of(2026), 1), TODAY,
                eligible ? Optional.empty() : Optional.of(Motivation.of(null, "Проверено.", null)), "OFFICER O-1",
                minutes(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ground 4 (Activity prohibited by a court)")
                .hasMessageContaining("R88");
    }

    @Test
    void aDecidedRequest_asksNoRegistryAnyMore_andRecordsNoAnswer_R21() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.ASSESSMENTS),
                StateRegistry.ASSESSMENTS, 3);
        CertificationRequest accepted = submitted(request);
        boolean eligible = accepted.state().submission().orElseThrow().evaluation().outcome().isEligible();
        CertificationRequest issued = accepted.issued(CertificateNumbers.issue(java.time.Year.of(2026), 1), TODAY,
                eligible ? Optional.empty() : Optional.of(Motivation.of(null, "Проверено.", null)), "OFFICER O-1",
                minutes(100));

        assertThat(issued.state().asksRegistries()).isFalse();
        assertThat(issued.registriesDue(minutes(1000))).isEmpty();
        assertThatThrownBy(() -> issued.registryAnswered(StateRegistry.ASSESSMENTS, UnaryOperator.identity(),
                minutes(101))).isInstanceOf(IllegalStateException.class).hasMessageContaining("certificate issued");
    }

    @Test
    void theForm_isAmendedBeforeTheSubmission_withItsHistory_andTheSignedContentFollows_R21_R70() {
        CertificationRequest request = failing(everyOtherAnswered(RequestFixtures.domesticFormBuilder().build(),
                StateRegistry.ASSESSMENTS), StateRegistry.ASSESSMENTS, 3);
        assertThat(item(evaluation(request), DocumentCode.ASSESSMENT_RESULT).satisfaction())
                .isEqualTo(Satisfaction.NOT_SATISFIED);

        CertificationRequest amended = request.formAmended(declaredForm(), ApplicationDetails.NONE, minutes(20),
                "APPLICANT ********0123");

        assertThat(amended.state().form().assessments()).containsExactly(PASSED);
        assertThat(amended.state().form().applicationDate()).isEqualTo(request.state().form().applicationDate());
        assertThat(amended.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(amended.state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("FORM_AMENDED");
            assertThat(entry.detail()).isEqualTo("form amended: assessments 0→1 (R21, R70)");
            assertThat(entry.actor()).isEqualTo("APPLICANT ********0123");
        });
        assertThat(amended.contentDigest()).isNotEqualTo(request.contentDigest());
        assertThat(item(evaluation(amended), DocumentCode.ASSESSMENT_RESULT).satisfaction())
                .isEqualTo(Satisfaction.SATISFIED);
        // the same form again changes nothing
        assertThat(amended.formAmended(declaredForm().toBuilder().applicationDate(TODAY.plusDays(3)).build(),
                ApplicationDetails.NONE, minutes(21), "APPLICANT ********0123")).isSameAs(amended);
    }

    @Test
    void theForm_isAmendedWhileTheRegistriesAreAsked_too() {
        CertificationRequest waiting = RequestFixtures.awaitingRegistries();

        CertificationRequest amended = waiting.formAmended(declaredForm(), ApplicationDetails.NONE, minutes(5),
                HistoryEntry.SYSTEM);

        assertThat(amended.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        assertThat(amended.state().form().assessments()).containsExactly(PASSED);
    }

    @Test
    void theForm_isNotAmendedBeforeTheConsent_norAfterTheSubmission_norForAnotherSpecialtyOrService() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.ASSESSMENTS),
                StateRegistry.ASSESSMENTS, 3);

        assertThatThrownBy(() -> RequestFixtures.started().formAmended(declaredForm(), ApplicationDetails.NONE,
                minutes(5), HistoryEntry.SYSTEM)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("awaiting consent");
        assertThatThrownBy(() -> submitted(request).formAmended(declaredForm(), ApplicationDetails.NONE, minutes(50),
                HistoryEntry.SYSTEM)).isInstanceOf(IllegalStateException.class).hasMessageContaining("is accepted");
        assertThatThrownBy(() -> request.formAmended(declaredForm().toBuilder()
                        .declaredSpecialty(RequestFixtures.THERAPY).build(), ApplicationDetails.NONE, minutes(5),
                HistoryEntry.SYSTEM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("declaredSpecialty");
        assertThatThrownBy(() -> request.formAmended(declaredForm().toBuilder().category(Category.FOREIGN).build(),
                ApplicationDetails.NONE, minutes(5), HistoryEntry.SYSTEM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category");
    }

    @Test
    void theFallbackPolicy_needsAPositiveTimeAndAtLeastOneAttempt_R21() {
        assertThatThrownBy(() -> new FallbackPolicy(Duration.ZERO, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FallbackPolicy(Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        Instant consent = minutes(2);
        assertThat(POLICY.reached(2, consent, minutes(61))).isFalse();
        assertThat(POLICY.reached(3, consent, minutes(4))).isTrue();
        assertThat(POLICY.reached(1, consent, minutes(62))).isTrue();
    }

    @Test
    void theIdentityRegistry_answeringAfterTheSubmission_isComparedWithTheTypedIdentity_R69_R70() {
        CertificationRequest request = failing(everyOtherAnswered(declaredForm(), StateRegistry.IDENTITY),
                StateRegistry.IDENTITY, 3);
        CertificationRequest accepted = submitted(request);
        PersonRecord renamed = new PersonRecord(APPLICANT.iin(), PersonName.of("Ахметова", "Әйгерім", "Болатқызы"),
                CountryCode.KAZAKHSTAN, Optional.of(kz.medcert.domain.access.Region.ALMATY_CITY), false);

        CertificationRequest answered = accepted.registryAnswered(StateRegistry.IDENTITY,
                f -> f.withPerson(Optional.of(renamed)), minutes(90));

        assertThat(answered.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(answered.state().fetches()).extracting(RegistryFetch::registry)
                .containsExactlyElementsOf(request.state().fetches().stream().map(RegistryFetch::registry).toList());
        assertThat(answered.evaluationAsSubmitted().orElseThrow().reviewNotes())
                .filteredOn(n -> n.code().equals(RegistryFallback.DIFFERS_NOTE)).singleElement()
                .satisfies(note -> assertThat(note.text().en()).contains("State database of individuals answered late",
                        "name Ахметова Әйгерім Болатқызы", "name Сәрсенова Әйгерім Болатқызы"));
    }

    /** Every mandatory upload attached, signed and registered at minute 40, on its own evaluation. */
    private static CertificationRequest submitted(CertificationRequest request) {
        Instant at = minutes(40);
        Evaluation evaluation = request.evaluate(RULES, TODAY, Optional.of(at), List.of());
        CertificationRequest ready = request;
        for (UploadSlot slot : UploadSlots.missing(evaluation, List.of())) {
            ready = ready.attached(slot.item().subject().isPresent()
                    ? RequestFixtures.pdfAbout(slot.item().document(), slot.item().subject().get())
                    : RequestFixtures.pdf(slot.item().document()));
        }
        return ready.submitted(new Submission(at, TODAY, TODAY.plusDays(7), ready.contentDigest(), "SIGNED",
                ready.evaluate(RULES, TODAY, Optional.of(at), List.of())));
    }
}
