package kz.medcert.application.service;

import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase.Issued;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase.QueueEntry;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase.QueuePage;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase;
import kz.medcert.application.port.in.verification.VerifyCertificateUseCase.Verification;
import kz.medcert.application.service.decisions.DecideRequestService;
import kz.medcert.application.service.decisions.OfficerQueueService;
import kz.medcert.application.service.verification.VerifyCertificateService;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersession;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.Submission;
import org.junit.jupiter.api.Test;

/** The officer's queue (R73, R78) and the decision to issue (R74, R75, R14, R79). */
class OfficerWorkflowServiceTest {
    /** The officer's written reasons for issuing although the rules refused (R74, R91). */
    private static final Optional<Motivation> SET_ASIDE = Optional.of(Motivation.of(null,
            "Документы проверены на приёме; основания отказа сняты.", null));

    private static final Actor.Officer ALMATY_OFFICER = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer ALMATY_COLLEAGUE = new Actor.Officer("OFF-2",
            Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer KARAGANDA_OFFICER = new Actor.Officer("OFF-9",
            Department.of(Region.KARAGANDA));

    private final TestServices services = new TestServices(FRIDAY_MORNING);
    private final InMemoryCertificateRegister register = services.register;
    private final OfficerQueueService queue = new OfficerQueueService(services.repository, services.rules,
            DecisionSettings.DEFAULTS, services.clock);
    private final DecideRequestService decide = new DecideRequestService(services.repository, services.repository,
            services.repository, register, services.views, services.rules, DecisionSettings.DEFAULTS, services.clock);

    private RequestId accepted(Applicant applicant, Dossier form, String submittedAt, LocalDate due) {
        Instant at = Instant.parse(submittedAt);
        CertificationRequest request = CertificationRequest.start(new RequestId(UUID.randomUUID()), applicant, form,
                at.minusSeconds(3600)).consentDeclined(at.minusSeconds(60));
        Submission submission = new Submission(at, due.minusDays(7), due, request.contentDigest(), "SIGNED",
                services.rules.evaluate(request.dossierOn(due.minusDays(7), Optional.of(at))));
        return services.repository.add(request.submitted(submission)).id();
    }

    private RequestId acceptedGraduate(String submittedAt, LocalDate due) {
        return accepted(RequestFixtures.graduate(), RequestFixtures.graduateForm(), submittedAt, due);
    }

    @Test
    void queue_listsTheDepartmentsAcceptedRequests_byDueDateThenSubmission_withWorkingDaysLeft_R73_R78() {
        RequestId later = acceptedGraduate("2026-11-18T05:00:00Z", LocalDate.of(2026, 11, 27));
        RequestId overdue = acceptedGraduate("2026-11-10T05:00:00Z", LocalDate.of(2026, 11, 19));
        RequestId sameDueEarlier = acceptedGraduate("2026-11-17T05:00:00Z", LocalDate.of(2026, 11, 27));
        accepted(RequestFixtures.pediatrician(), RequestFixtures.pediatricianForm(), "2026-11-17T05:00:00Z",
                LocalDate.of(2026, 11, 24));
        services.graduateAwaitingDocuments(); // not accepted: not queued

        QueuePage page = queue.queue(ALMATY_OFFICER, 0, 50);
        List<QueueEntry> entries = page.entries();

        assertThat(entries).extracting(e -> e.request().id()).containsExactly(overdue, sameDueEarlier, later);
        assertThat(List.of(page.total(), page.overdue())).containsExactly(3L, 1L);
        // a page at a time, in the same order
        assertThat(queue.queue(ALMATY_OFFICER, 1, 1).entries()).extracting(e -> e.request().id())
                .containsExactly(sameDueEarlier);
        assertThatThrownBy(() -> queue.queue(ALMATY_OFFICER, 0, OfficerQueueUseCase.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queue.queue(ALMATY_OFFICER, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(entries.get(0).overdue()).isTrue();
        assertThat(entries.get(0).workingDaysLeft()).isNegative();
        // Friday 20 November 2026 to Friday 27 November: five working days
        assertThat(entries.get(2).workingDaysLeft()).isEqualTo(5);
        assertThat(entries.get(2).overdue()).isFalse();
    }

    @Test
    void queue_forAnotherDepartment_showsOnlyItsOwn_andAnAdminSeesAll_R71() {
        acceptedGraduate("2026-11-18T05:00:00Z", LocalDate.of(2026, 11, 27));
        RequestId karaganda = accepted(RequestFixtures.pediatrician(), RequestFixtures.pediatricianForm(),
                "2026-11-17T05:00:00Z", LocalDate.of(2026, 11, 24));

        assertThat(queue.queue(KARAGANDA_OFFICER, 0, 50).entries()).extracting(e -> e.request().id())
                .containsExactly(karaganda);
        assertThat(queue.queue(new Actor.Admin("ADM-1"), 0, 50).entries()).hasSize(2);
        assertThatThrownBy(() -> queue.queue(RequestFixtures.AS_GRADUATE, 0, 50))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void issue_registersAFiveYearCertificate_andMarksTheRequestIssued_R14_R74_R79() {
        RequestId id = acceptedGraduate("2026-11-18T05:00:00Z", LocalDate.of(2026, 11, 27));

        Issued issued = decide.issue(ALMATY_OFFICER, id, SET_ASIDE, OptionalLong.empty());

        IssuedCertificate certificate = register.find(issued.number()).orElseThrow();
        assertThat(certificate.holder()).isEqualTo(RequestFixtures.GRADUATE_IIN);
        assertThat(certificate.specialty()).isEqualTo(RequestFixtures.PEDIATRICS);
        assertThat(certificate.department()).isEqualTo(Department.of(Region.ALMATY_CITY));
        assertThat(certificate.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(certificate.validUntil()).contains(LocalDate.of(2031, 11, 20));
        assertThat(certificate.confirms()).isEmpty();
        assertThat(issued.number().value()).contains("2026");
        assertThat(issued.request().state().status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(issued.request().state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("ISSUED");
            assertThat(entry.detail()).contains(issued.number().value());
        });
        assertThat(queue.queue(ALMATY_OFFICER, 0, 50).entries()).isEmpty();
    }

    @Test
    void issue_confirmsTheCertificateTheRegisterHoldsForTheSameSpecialty_R14() {
        IssuedCertificate held = CertificateFixtures.withHolder(
                CertificateFixtures.inSpecialty(CertificateFixtures.valid(), "PEDIATRICS"),
                RequestFixtures.GRADUATE_IIN, RequestFixtures.graduate().name());
        register.add(held);
        RequestId id = acceptedGraduate("2026-11-18T05:00:00Z", LocalDate.of(2026, 11, 27));

        Issued issued = decide.issue(ALMATY_OFFICER, id, SET_ASIDE, OptionalLong.empty());

        assertThat(register.find(issued.number()).orElseThrow().confirms()).contains(held.number());
        // R14, R75: the confirmed one is replaced from the new one's issue day; the register keeps both
        IssuedCertificate replaced = register.find(held.number()).orElseThrow();
        assertThat(replaced.supersession()).contains(new Supersession(issued.number(), LocalDate.of(2026, 11, 20)));
        assertThat(replaced.statusOn(LocalDate.of(2026, 11, 20))).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(register.heldBy(RequestFixtures.GRADUATE_IIN)).hasSize(2);
    }

    @Test
    void issue_onTheEveningOfAnAfterHoursSubmission_isDatedTheRegistrationDay_andNotYetValidUntilThen_R78() {
        // submitted Friday 20 November 2026 at 18:31 in Almaty: accepted on Monday 23 November (R78, row 7(2))
        RequestId id = acceptedGraduate("2026-11-20T13:31:00Z", LocalDate.of(2026, 11, 30));
        services.clock.set(Instant.parse("2026-11-20T13:40:00Z")); // decided at 18:40 the same evening
        VerifyCertificateService verify = new VerifyCertificateService(register, SpecialtyCatalogue.standard(),
                services.clock);

        Issued issued = decide.issue(ALMATY_OFFICER, id, SET_ASIDE, OptionalLong.empty());

        IssuedCertificate certificate = register.find(issued.number()).orElseThrow();
        assertThat(certificate.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(certificate.validUntil()).contains(LocalDate.of(2031, 11, 23));
        assertThat(issued.request().state().decision()).hasValueSatisfying(d ->
                assertThat(((Decision.Issued) d).issuedOn()).isEqualTo(LocalDate.of(2026, 11, 23)));
        assertThat(status(verify, issued)).isEqualTo(CertificateStatus.NOT_YET_VALID);
        services.clock.set(Instant.parse("2026-11-23T04:00:00Z"));
        assertThat(status(verify, issued)).isEqualTo(CertificateStatus.VALID);
    }

    private static CertificateStatus status(VerifyCertificateService verify, Issued issued) {
        return ((Verification.Found) verify.verify(issued.number().value())).certificate().status();
    }

    @Test
    void issue_aSecondTime_isAConflict_andRegistersNothingMore() {
        RequestId id = acceptedGraduate("2026-11-18T05:00:00Z", LocalDate.of(2026, 11, 27));
        decide.issue(ALMATY_OFFICER, id, SET_ASIDE, OptionalLong.empty());

        assertThatThrownBy(() -> decide.issue(ALMATY_COLLEAGUE, id, SET_ASIDE, OptionalLong.empty()))
                .isInstanceOf(RequestConflictException.class);
        assertThat(register.heldBy(RequestFixtures.GRADUATE_IIN)).hasSize(1);
    }

    @Test
    void issue_byAnOfficerOfAnotherDepartment_isNotFound_andAnApplicantIsRefused_R71() {
        RequestId id = acceptedGraduate("2026-11-18T05:00:00Z", LocalDate.of(2026, 11, 27));

        assertThatThrownBy(() -> decide.issue(KARAGANDA_OFFICER, id, SET_ASIDE, OptionalLong.empty()))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> decide.issue(RequestFixtures.AS_GRADUATE, id, SET_ASIDE, OptionalLong.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(register.heldBy(RequestFixtures.GRADUATE_IIN)).isEmpty();
    }

    @Test
    void issue_byTwoOfficersAtOnce_exactlyOneWins_andOneCertificateIsRegistered() throws Exception {
        for (int round = 0; round < 20; round++) {
            RequestId id = acceptedGraduate("2026-11-18T05:00:00Z", LocalDate.of(2026, 11, 27));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> results = new ArrayList<>();
            for (Actor.Officer officer : List.of(ALMATY_OFFICER, ALMATY_COLLEAGUE)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        decide.issue(officer, id, SET_ASIDE, OptionalLong.empty());
                        return true;
                    } catch (RequestConflictException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(wins).as("round " + round).isEqualTo(1);
            assertThat(register.heldBy(RequestFixtures.GRADUATE_IIN)).as("round " + round).hasSize(round + 1);
        }
    }
}
