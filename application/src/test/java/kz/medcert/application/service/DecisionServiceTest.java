package kz.medcert.application.service;

import static kz.medcert.application.testing.RequestFixtures.AS_PEDIATRICIAN;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static kz.medcert.application.testing.RequestFixtures.PEDIATRICIAN_IIN;
import static kz.medcert.application.testing.RequestFixtures.PEDIATRICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.certificates.CertificateNotFoundException;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase.RefusalCommand;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.service.certificates.RevokeCertificateService;
import kz.medcert.application.service.decisions.DecideRequestService;
import kz.medcert.application.service.decisions.ObjectToRefusalService;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * Decisions beyond issuing (R14, R74, R75, R85–R91): automatic confirmation, the preliminary refusal with the
 * applicant's hearing and the final refusal, revocation, and the notifications each sends.
 */
class DecisionServiceTest {
    /** The officer's written reasons for issuing although the rules refused (R74, R91). */
    private static final Optional<Motivation> SET_ASIDE = Optional.of(Motivation.of(null,
            "Документы проверены на приёме; основания отказа сняты.", null));

    private static final Actor.Officer KARAGANDA_OFFICER = new Actor.Officer("OFF-9", Department.of(Region.KARAGANDA));
    private static final Actor.Officer ALMATY_OFFICER = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
    private static final RefusalCommand PD_SHORT = new RefusalCommand(List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET),
            "Professional development is below the 4 credits required (R32).");

    private TestServices services = new TestServices(FRIDAY_MORNING);

    private DecideRequestService decide(DecisionSettings settings) {
        return new DecideRequestService(services.repository, services.repository, services.repository,
                services.register, services.views, services.rules, settings, services.clock);
    }

    /** The Karaganda pediatrician confirming a certificate the registry holds, with PD declared (R14, R32). */
    private RequestId pediatricianSubmits(Dossier form) {
        RequestFixtures.pediatricianHoldings(services.registries, LocalDate.of(2027, 3, 1));
        RequestId id = services.consented(RequestFixtures.pediatrician(), form);
        services.attachEveryMissingUpload(id);
        TestServices.accepted(services.submitSigned(id));
        return id;
    }

    private static Dossier formWithPd() {
        return RequestFixtures.pediatricianForm().toBuilder()
                .professionalDevelopment(new ProfessionalDevelopment(PEDIATRICS, StudyVolume.ofCredits(4),
                        LocalDate.of(2025, 2, 10)))
                .build();
    }

    @Test
    void confirmation_withMatchingRegistryData_andEligible_isIssuedWithoutAnOfficer_R14_R74() {
        RequestId id = pediatricianSubmits(formWithPd());

        RequestView view = services.view(id);
        assertThat(view.state().status()).as(view.evaluation().outcome().toString()).isEqualTo(RequestStatus.ISSUED);
        Decision.Issued issued = (Decision.Issued) view.state().decision().orElseThrow();
        assertThat(issued.automatic()).isTrue();
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        IssuedCertificate certificate = services.register.find(issued.number()).orElseThrow();
        assertThat(certificate.holder()).isEqualTo(PEDIATRICIAN_IIN);
        assertThat(certificate.department()).isEqualTo(Department.of(Region.KARAGANDA));
        assertThat(certificate.validUntil()).contains(LocalDate.of(2031, 11, 20));
        assertThat(view.state().history()).extracting(h -> h.event()).endsWith("ACCEPTED", "CONFIRMED_AUTOMATICALLY");
        assertThat(services.notifications.kinds()).containsExactly(Notification.Kind.REQUEST_ACCEPTED,
                Notification.Kind.CERTIFICATE_ISSUED);
    }

    @Test
    void automaticConfirmation_afterHours_isDatedTheRegistrationDay_R78() {
        services = new TestServices("2026-11-20T19:00+05:00");

        RequestId id = pediatricianSubmits(formWithPd());

        Decision.Issued issued = (Decision.Issued) services.view(id).state().decision().orElseThrow();
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void automaticConfirmation_turnedOff_leavesTheRequestToAnOfficer() {
        services = new TestServices(FRIDAY_MORNING, RequestSettings.DEFAULTS, new DecisionSettings(false, 2));

        RequestId id = pediatricianSubmits(formWithPd());

        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(services.register.heldBy(PEDIATRICIAN_IIN)).isEmpty();
    }

    @Test
    void refusal_isProposed_heard_thenFinal_andTheNoticeNamesTheRequestBySpecialtyAndDay_R80_R91() {
        RequestId id = pediatricianSubmits(RequestFixtures.pediatricianForm()); // no PD: the rules refuse (R32)
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.ACCEPTED);
        DecideRequestService decide = decide(DecisionSettings.DEFAULTS);

        RequestView proposed = decide.proposeRefusal(KARAGANDA_OFFICER, id, PD_SHORT);

        Decision.RefusalProposed decision = (Decision.RefusalProposed) proposed.state().decision().orElseThrow();
        // notified on Friday 20 November: two working days to object, Monday 23 and Tuesday 24
        assertThat(decision.hearing().objectionsUntil()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(decision.reasons().failedRules()).contains(Rule.R32, Rule.R86);
        assertThat(services.notifications.stored()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.REFUSAL_PROPOSED);
            assertThat(n.recipient()).isEqualTo(PEDIATRICIAN_IIN);
            assertThat(n.detail()).contains("24.11.2026");
        });
        assertThatThrownBy(() -> decide.refuse(KARAGANDA_OFFICER, id, PD_SHORT))
                .isInstanceOf(RequestConflictException.class).hasMessageContaining("may object until 24.11.2026");

        ObjectToRefusalService objections = new ObjectToRefusalService(services.repository, services.views,
                services.clock);
        objections.object(AS_PEDIATRICIAN, id, "I completed 4 credits in 2025; the certificate is attached.");
        RequestView refused = decide.refuse(KARAGANDA_OFFICER, id, new RefusalCommand(PD_SHORT.grounds(),
                "The 2025 course is not in the pediatrics specialty; the 4 credits required are not met (R32)."));

        assertThat(refused.state().status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.state().history()).extracting(h -> h.event())
                .endsWith("REFUSAL_PROPOSED", "OBJECTION_RECEIVED", "REFUSED");
        assertThat(services.notifications.kinds()).endsWith(Notification.Kind.REFUSAL_PROPOSED,
                Notification.Kind.REFUSED);
        // the final refusal names the request as the applicant knows it, the UUID only as the body's last reference
        assertThat(services.notifications.stored()).last().satisfies(n -> {
            assertThat(n.subjectLine()).isEqualTo("MedCert: заявка по специальности «Педиатрия» от 20.11.2026: "
                    + "принято решение об отказе");
            assertThat(n.detail()).startsWith("Отказ по вашей заявке по специальности «Педиатрия», поданной "
                    + "20.11.2026, по основаниям").endsWith("Идентификатор заявки: " + id + ".");
        });
        assertThatThrownBy(() -> objections.object(AS_PEDIATRICIAN, id, "again"))
                .isInstanceOf(RequestConflictException.class);
    }

    @Test
    void finalRefusal_afterTheWindowEndsWithoutObjection_isAllowed() {
        RequestId id = pediatricianSubmits(RequestFixtures.pediatricianForm());
        DecideRequestService decide = decide(DecisionSettings.DEFAULTS);
        decide.proposeRefusal(KARAGANDA_OFFICER, id, PD_SHORT);

        services.clock.advance(Duration.ofDays(5)); // Wednesday 25 November: the window ended on the 24th

        assertThat(decide.refuse(KARAGANDA_OFFICER, id, PD_SHORT).state().status()).isEqualTo(RequestStatus.REFUSED);
    }

    @Test
    void aDecisionOnTheVersionTheOfficerRead_isRefused_onceTheRequestHasChangedSince() {
        RequestId id = pediatricianSubmits(RequestFixtures.pediatricianForm());
        DecideRequestService decide = decide(DecisionSettings.DEFAULTS);
        long read = services.view(id).state().version();
        // a colleague proposes the refusal after the first officer read the request
        decide.proposeRefusal(KARAGANDA_OFFICER, id, PD_SHORT, OptionalLong.of(read));

        assertThatThrownBy(() -> decide.issue(KARAGANDA_OFFICER, id, SET_ASIDE, OptionalLong.of(read)))
                .isInstanceOf(StaleRequestException.class)
                .hasMessageContaining("version " + read).hasMessageContaining("refusal proposed");
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.REFUSAL_PROPOSED);
        // read again, the officer may still issue (the objection convinced them)
        long now = services.view(id).state().version();
        assertThat(decide.issue(KARAGANDA_OFFICER, id, SET_ASIDE, OptionalLong.of(now)).request().state().status())
                .isEqualTo(RequestStatus.ISSUED);
        // and without a version, a decision applies to the request as it stands: here, already decided
        assertThatThrownBy(() -> decide.issue(KARAGANDA_OFFICER, id, SET_ASIDE, OptionalLong.empty())).isInstanceOf(RequestConflictException.class);
    }

    @Test
    void refusal_withoutGroundOrMotivation_isRejected_andAnotherDepartmentCannotRefuse_R71_R91() {
        RequestId id = pediatricianSubmits(RequestFixtures.pediatricianForm());
        DecideRequestService decide = decide(DecisionSettings.DEFAULTS);

        assertThatThrownBy(() -> decide.proposeRefusal(KARAGANDA_OFFICER, id, new RefusalCommand(List.of(), "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decide.proposeRefusal(KARAGANDA_OFFICER, id, new RefusalCommand(
                PD_SHORT.grounds(), " "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decide.proposeRefusal(ALMATY_OFFICER, id, PD_SHORT))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> decide.proposeRefusal(AS_PEDIATRICIAN, id, PD_SHORT))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void revocation_onACourtProhibition_keepsTheEntry_andVerificationShowsRevoked_R88() {
        RequestId id = pediatricianSubmits(formWithPd());
        Decision.Issued issued = (Decision.Issued) services.view(id).state().decision().orElseThrow();
        RevokeCertificateService revoke = new RevokeCertificateService(services.register, services.repository,
                services.clock);

        assertThatThrownBy(() -> revoke.revoke(KARAGANDA_OFFICER, issued.number(), Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                "no")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> revoke.revoke(ALMATY_OFFICER, issued.number(), Ground.GROUND_4_COURT_PROHIBITION,
                "Court of Karaganda, case 2-123/2026")).isInstanceOf(CertificateNotFoundException.class);
        IssuedCertificate revoked = revoke.revoke(KARAGANDA_OFFICER, issued.number(),
                Ground.GROUND_4_COURT_PROHIBITION, "Court of Karaganda, case 2-123/2026");

        assertThat(revoked.statusOn(LocalDate.of(2026, 11, 20))).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revocation().orElseThrow().revokedBy()).isEqualTo(KARAGANDA_OFFICER.auditLabel());
        assertThat(services.notifications.kinds()).last().isEqualTo(Notification.Kind.CERTIFICATE_REVOKED);
        assertThatThrownBy(() -> revoke.revoke(KARAGANDA_OFFICER, issued.number(),
                Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED, "again")).isInstanceOf(RequestConflictException.class);
    }
}
