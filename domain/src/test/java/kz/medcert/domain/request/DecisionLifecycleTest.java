package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.T0;
import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Finding;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.rules.Rule;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * The provider's decision on an accepted request (R74, R75, R91): issue; or a preliminary refusal, the applicant's
 * hearing (objection within the window), then the final refusal or the certificate.
 */
class DecisionLifecycleTest {
    private static final LocalDate NOTIFIED_ON = LocalDate.of(2026, 11, 20);
    private static final LocalDate OBJECTIONS_UNTIL = LocalDate.of(2026, 11, 24);
    private static final CertificateNumber NUMBER = CertificateNumbers.issue(Year.of(2026), 7);
    private static final RefusalReasons PD_SHORT = new RefusalReasons(List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET),
            List.of(Rule.R32), "Professional development of 3 credits is below the 4 required (R32).");

    private static final Optional<Motivation> SET_ASIDE = Optional.of(Motivation.of(null,
            "Сертификаты повышения квалификации представлены на приёме и проверены.", null));

    @Test
    void issued_fromAccepted_recordsTheOfficersDecision_andTheOverrideOfTheGroundsFound_R75_R91() {
        CertificationRequest issued = accepted().issued(NUMBER, NOTIFIED_ON, SET_ASIDE, "OFFICER O-1 ALMATY_CITY",
                minutes(30));

        assertThat(issued.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(issued.state().decision()).contains(new Decision.Issued(NUMBER, NOTIFIED_ON, false,
                Optional.empty(), Optional.of(new IssueOverride(List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET),
                SET_ASIDE.orElseThrow()))));
        assertThat(issued.state().history()).last().satisfies(e -> {
            assertThat(e.event()).isEqualTo("ISSUED");
            assertThat(e.actor()).isEqualTo("OFFICER O-1 ALMATY_CITY");
            assertThat(e.detail()).contains("GROUND_2_REQUIREMENTS_NOT_MET set aside", "[ru] Сертификаты");
        });
    }

    @Test
    void issued_onGroundsFoundByTheRules_needsAWrittenOverride_R74_R91() {
        assertThatThrownBy(() -> accepted().issued(NUMBER, NOTIFIED_ON, "O", minutes(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 (Requirements not met)").hasMessageContaining("motivation")
                .satisfies(e -> assertThat(((InvalidValueException) e).explanation().in(Language.RU))
                        .contains("2 (Несоответствие требованиям)").doesNotContain("GROUND_"));
        assertThatThrownBy(() -> Motivation.of(null, null, "English only"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Kazakh (kk) or Russian (ru)");
    }

    @Test
    void issued_onACourtProhibitionOrDeprivation_isNeverAllowed_evenWithAMotivation_R88_R89() {
        for (Ground ground : List.of(Ground.GROUND_4_COURT_PROHIBITION, Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED)) {
            CertificationRequest accepted = acceptedWith(refusalOn(ground));

            assertThatThrownBy(() -> accepted.issued(NUMBER, NOTIFIED_ON, SET_ASIDE, "O", minutes(30)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(ground.number() + " (" + ground.localizedName().en() + ")")
                    .hasMessageContaining("no discretion").hasMessageNotContaining(ground.name());
            assertThatThrownBy(() -> new IssueOverride(List.of(ground), SET_ASIDE.orElseThrow()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void issued_onAnEligibleEvaluation_needsNoOverride_andRefusesOne_R74() {
        Evaluation refusal = accepted().state().submission().orElseThrow().evaluation();
        CertificationRequest eligible = acceptedWith(new Evaluation(refusal.route(), refusal.checklist(),
                refusal.notRequired(), new Outcome.Eligible(LocalizedText.of("ok", "ok", "ok")), refusal.deadline(),
                refusal.ruleSet(), List.of()));

        assertThat(eligible.issued(NUMBER, NOTIFIED_ON, "O", minutes(30)).state().decision())
                .contains(new Decision.Issued(NUMBER, NOTIFIED_ON, false));
        assertThatThrownBy(() -> eligible.issued(NUMBER, NOTIFIED_ON, SET_ASIDE, "O", minutes(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to override");
    }

    @Test
    void refusalProposed_opensTheHearing_andNamesGroundsAndWindow_R91() {
        CertificationRequest proposed = accepted().refusalProposed(PD_SHORT, OBJECTIONS_UNTIL, "OFFICER O-1",
                minutes(30));

        assertThat(proposed.status()).isEqualTo(RequestStatus.REFUSAL_PROPOSED);
        Decision.RefusalProposed decision = (Decision.RefusalProposed) proposed.state().decision().orElseThrow();
        assertThat(decision.reasons().grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(decision.reasons().failedRules()).containsExactly(Rule.R32, Rule.R86);
        assertThat(decision.hearing()).isEqualTo(Hearing.opened(minutes(30), OBJECTIONS_UNTIL));
        assertThat(proposed.state().history()).last().satisfies(e -> {
            assertThat(e.event()).isEqualTo("REFUSAL_PROPOSED");
            assertThat(e.detail()).contains("GROUND_2_REQUIREMENTS_NOT_MET", "2026-11-24");
        });
    }

    @Test
    void aRefusalProposedTooLateToBeDecidedWithinTheTerm_isStillHeard_andTheHistorySaysSo_R73_R91() {
        kz.medcert.domain.calendar.WorkingCalendar calendar = kz.medcert.domain.calendar.WorkingCalendar.kazakhstan();
        HearingTerm twoDays = new HearingTerm(2);

        CertificationRequest inTime = accepted().refusalProposed(PD_SHORT, twoDays, calendar,
                LocalDate.of(2026, 11, 24), "OFFICER O-1", minutes(30));
        CertificationRequest late = accepted().refusalProposed(PD_SHORT, twoDays, calendar,
                LocalDate.of(2026, 11, 25), "OFFICER O-1", minutes(30));

        assertThat(inTime.state().history()).extracting(HistoryEntry::event).doesNotContain("TERM_AT_RISK");
        assertThat(((Decision.RefusalProposed) late.state().decision().orElseThrow()).hearing().objectionsUntil())
                .isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(late.state().history()).last().satisfies(e -> {
            assertThat(e.event()).isEqualTo("TERM_AT_RISK");
            assertThat(e.detail()).contains("2026-11-24", "2026-11-30", "2026-11-27", "R73");
        });
    }

    @Test
    void finalRefusal_waitsForTheObjectionOrTheEndOfTheWindow() {
        CertificationRequest proposed = proposed();

        assertThatThrownBy(() -> proposed.refused(PD_SHORT, OBJECTIONS_UNTIL, "OFFICER O-1", minutes(40)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("may object until 24.11.2026");

        CertificationRequest refused = proposed.refused(PD_SHORT, OBJECTIONS_UNTIL.plusDays(1), "OFFICER O-1",
                minutes(40));
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        Decision.Refused decision = (Decision.Refused) refused.state().decision().orElseThrow();
        assertThat(decision.refusedOn()).isEqualTo(OBJECTIONS_UNTIL.plusDays(1));
        assertThat(decision.proposed().hearing().objection()).isEmpty();
    }

    @Test
    void objection_withinTheWindow_isHeard_andAllowsTheFinalRefusalAtOnce() {
        CertificationRequest objected = proposed().objected("  My PD certificate of 2 credits was not counted. ",
                NOTIFIED_ON, "APPLICANT 99******123", minutes(35));

        assertThat(objected.status()).isEqualTo(RequestStatus.REFUSAL_PROPOSED);
        Decision.RefusalProposed decision = (Decision.RefusalProposed) objected.state().decision().orElseThrow();
        assertThat(decision.hearing().objection()).contains(new Objection(minutes(35),
                "My PD certificate of 2 credits was not counted."));
        assertThat(objected.state().history()).last().extracting(HistoryEntry::event).isEqualTo("OBJECTION_RECEIVED");

        RefusalReasons answered = new RefusalReasons(PD_SHORT.grounds(), PD_SHORT.failedRules(),
                "The 2-credit certificate was counted; 3 credits remain below the 4 required (R32).");
        CertificationRequest refused = objected.refused(answered, NOTIFIED_ON, "OFFICER O-1", minutes(50));
        assertThat(((Decision.Refused) refused.state().decision().orElseThrow()).reasons().motivation().ru())
                .hasValueSatisfying(text -> assertThat(text).startsWith("The 2-credit certificate was counted"));
    }

    @Test
    void objection_afterTheWindow_orTwice_isRefused() {
        CertificationRequest proposed = proposed();

        assertThatThrownBy(() -> proposed.objected("late", OBJECTIONS_UNTIL.plusDays(1), "A", minutes(40)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ended on 24.11.2026");
        CertificationRequest once = proposed.objected("first", OBJECTIONS_UNTIL, "A", minutes(40));
        assertThatThrownBy(() -> once.objected("second", OBJECTIONS_UNTIL, "A", minutes(41)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already received");
    }

    @Test
    void finalRefusal_mayNotAddGroundsTheApplicantWasNotHeardOn() {
        CertificationRequest objected = proposed().objected("no", NOTIFIED_ON, "A", minutes(35));
        RefusalReasons more = new RefusalReasons(List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                Ground.GROUND_3_NEGATIVE_AUTHORITY_RESPONSE), List.of(), "Also a negative expert conclusion.");

        assertThatThrownBy(() -> objected.refused(more, NOTIFIED_ON, "OFFICER O-1", minutes(50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heard on");
    }

    @Test
    void issue_afterAPreliminaryRefusal_isAllowed_whenTheObjectionConvinces() {
        CertificationRequest issued = proposed().objected("see the attached PD", NOTIFIED_ON, "A", minutes(35))
                .issued(NUMBER, NOTIFIED_ON, SET_ASIDE, "OFFICER O-1", minutes(50));

        assertThat(issued.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(issued.state().history()).extracting(HistoryEntry::event)
                .containsSubsequence("REFUSAL_PROPOSED", "OBJECTION_RECEIVED", "ISSUED");
    }

    @Test
    void decidedRequests_acceptNoFurtherDecision() {
        CertificationRequest issued = accepted().issued(NUMBER, NOTIFIED_ON, SET_ASIDE, "O", minutes(30));
        CertificationRequest refused = proposed().refused(PD_SHORT, OBJECTIONS_UNTIL.plusDays(1), "O", minutes(40));

        assertThatThrownBy(() -> issued.issued(NUMBER, NOTIFIED_ON, SET_ASIDE, "O", minutes(31)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> issued.refusalProposed(PD_SHORT, OBJECTIONS_UNTIL, "O", minutes(31)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> refused.issued(NUMBER, NOTIFIED_ON, SET_ASIDE, "O", minutes(41)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RequestFixtures.awaitingDocuments().refusalProposed(PD_SHORT, OBJECTIONS_UNTIL, "O",
                minutes(31))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> accepted().refused(PD_SHORT, OBJECTIONS_UNTIL, "O", minutes(31)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("while the request is accepted");
    }

    @Test
    void refusalReasons_needAGroundAndAMotivation_andAlwaysCiteTheGroundsRule_R91() {
        assertThatThrownBy(() -> new RefusalReasons(List.of(), List.of(Rule.R32), "text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new RefusalReasons(List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET), List.of(), "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R91");
        assertThatThrownBy(() -> new RefusalReasons(List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET), List.of(),
                "x".repeat(RefusalReasons.MAX_MOTIVATION_LENGTH + 1))).isInstanceOf(IllegalArgumentException.class);

        UUID diploma = UUID.randomUUID();
        RefusalReasons forged = new RefusalReasons(List.of(Ground.GROUND_1_UNRELIABLE_DATA,
                Ground.GROUND_1_UNRELIABLE_DATA), List.of(), " The diploma copy was altered. ", List.of(diploma));
        assertThat(forged.grounds()).containsExactly(Ground.GROUND_1_UNRELIABLE_DATA);
        assertThat(forged.failedRules()).containsExactly(Rule.R85);
        assertThat(forged.motivation()).isEqualTo(Motivation.of(null, "The diploma copy was altered.", null));
        assertThat(forged.generated()).isEmpty();
        assertThat(forged.unreliableDocuments()).containsExactly(diploma);
    }

    @Test
    void groundOne_isTheOfficersFindingAgainstUploadsOfTheRequest_R85() {
        assertThatThrownBy(() -> new RefusalReasons(List.of(Ground.GROUND_1_UNRELIABLE_DATA), List.of(),
                "The diploma copy was altered.")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name the uploads");
        assertThatThrownBy(() -> new RefusalReasons(List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET), List.of(),
                "PD short.", List.of(UUID.randomUUID()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only for ground 1");

        CertificationRequest request = accepted();
        UUID stranger = UUID.randomUUID();
        assertThatThrownBy(() -> request.refusalProposed(new RefusalReasons(List.of(Ground.GROUND_1_UNRELIABLE_DATA),
                List.of(), "Altered.", List.of(stranger)), OBJECTIONS_UNTIL, "O", minutes(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an upload");

        UUID upload = request.state().attachments().get(0).id();
        CertificationRequest proposed = request.refusalProposed(new RefusalReasons(
                List.of(Ground.GROUND_1_UNRELIABLE_DATA), List.of(), "Altered.", List.of(upload)), OBJECTIONS_UNTIL,
                "O", minutes(30));
        assertThat(proposed.state().history()).last().extracting(HistoryEntry::detail).asString()
                .contains("documents found unreliable [" + upload + "]");
    }

    @Test
    void confirmedAutomatically_isIssuedByTheService_R14_R74() {
        CertificationRequest confirmed = accepted().confirmedAutomatically(NUMBER, NOTIFIED_ON, minutes(20));

        assertThat(confirmed.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(confirmed.state().decision()).contains(new Decision.Issued(NUMBER, NOTIFIED_ON, true));
        assertThat(confirmed.state().history()).last().satisfies(e -> {
            assertThat(e.event()).isEqualTo("CONFIRMED_AUTOMATICALLY");
            assertThat(e.actor()).isEqualTo(CertificationRequest.AUTOMATIC);
        });
    }

    static CertificationRequest accepted() {
        CertificationRequest request = RequestFixtures.awaitingDocuments();
        return acceptedWith(CertificationRules.standard().evaluate(request.dossierOn(RequestFixtures.TODAY,
                Optional.of(T0))));
    }

    /** Accepted with a diploma uploaded, on {@code evaluation}. */
    static CertificationRequest acceptedWith(Evaluation evaluation) {
        CertificationRequest request = RequestFixtures.awaitingDocuments()
                .attached(RequestFixtures.pdf(kz.medcert.domain.document.DocumentCode.DIPLOMA));
        return request.submitted(new Submission(T0, NOTIFIED_ON, LocalDate.of(2026, 11, 27),
                request.contentDigest(), "SIGNED:" + request.contentDigest(), evaluation));
    }

    /** An evaluation that refuses on {@code ground} alone. */
    private static Evaluation refusalOn(Ground ground) {
        Evaluation any = accepted().state().submission().orElseThrow().evaluation();
        return new Evaluation(any.route(), any.checklist(), any.notRequired(), Outcome.Refusal.of(List.of(
                Finding.of(ground, LocalizedText.of("k", "r", "e"), ground.rule())), LocalizedText.of("k", "r", "e")),
                any.deadline(), any.ruleSet(), List.of());
    }

    private static CertificationRequest proposed() {
        return accepted().refusalProposed(PD_SHORT, OBJECTIONS_UNTIL, "OFFICER O-1", minutes(30));
    }
}
