package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CertificateIssuing} promises: the decision and the register entry stored together or not at all,
 * with the marking of the earlier entry the new one replaces (R14, R75), also when two are issued at once; a
 * certificate's serial drawn in the decision's transaction, so that a lost race burns none; and the decision's
 * notifications stored with it.
 */
public abstract class CertificateIssuingContract extends RequestStoreContract {
    @Test
    void issue_storesTheDecisionAndTheRegisterEntryTogether_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate certificate = certificateFor(accepted);

        CertificationRequest issued = issuing().issue(issue(accepted, certificate, "OFFICER 1 ALMATY_CITY",
                STARTED.plusSeconds(7200)), certificate);

        assertThat(requests().find(accepted.id()).orElseThrow().state()).isEqualTo(issued.state());
        assertThat(issued.state().decision()).hasValueSatisfying(d -> assertThat(((Decision.Issued) d).number())
                .isEqualTo(certificate.number()));
        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void issue_marksTheHoldersEarlierCertificateInTheSpecialty_asReplaced_R14_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate earlier = earlierCertificateOf(accepted);
        register().add(earlier);
        IssuedCertificate certificate = certificateFor(accepted);

        issuing().issue(issue(accepted, certificate, "OFFICER 1 ALMATY_CITY",
                STARTED.plusSeconds(7200)), certificate);

        assertThat(register().find(earlier.number())).contains(earlier.supersededBy(certificate));
        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void issue_whenTheRequestIsStale_marksNothing() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate earlier = earlierCertificateOf(accepted);
        register().add(earlier);
        IssuedCertificate certificate = certificateFor(accepted);
        requests().save(accepted.refusalProposed(new RefusalReasons(List.of(Ground.GROUND_4_COURT_PROHIBITION),
                List.of(), "Приговор суда."), LocalDate.of(2024, 12, 5), "OFFICER 9", STARTED.plusSeconds(60)));

        assertThatThrownBy(() -> issuing().issue(issue(accepted, certificate, "OFFICER 1", STARTED),
                certificate)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(register().find(earlier.number())).contains(earlier);
    }

    @Test
    void issue_whenTheRequestIsStale_registersNothing() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate first = certificateFor(accepted);
        IssuedCertificate second = certificateFor(accepted);
        issuing().issue(issue(accepted, first, "OFFICER 1", STARTED), first);

        assertThatThrownBy(() -> issuing().issue(issue(accepted, second, "OFFICER 2", STARTED), second))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(register().find(second.number())).isEmpty();
    }

    @Test
    void issue_whoseNumberIsTaken_leavesTheRequestUndecided() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate certificate = certificateFor(accepted);
        register().add(certificate);

        assertThatThrownBy(() -> issuing().issue(issue(accepted, certificate, "OFFICER 1", STARTED),
                certificate)).isInstanceOf(IllegalStateException.class);

        assertThat(requests().find(accepted.id()).orElseThrow().state()).isEqualTo(accepted.state());
    }

    /** Issues {@code request} through {@link CertificateIssuing#issueUnderNextSerial}, drafting its entry. */
    private CertificateIssuing.IssuedRequest issueDrawing(CertificationRequest request, String officer) {
        RequestState s = request.state();
        Year year = Year.of(2024);
        return issuing().issueUnderNextSerial(year, serial -> {
            IssuedCertificate certificate = IssuedCertificate.issue(CertificateNumbers.issue(year, serial),
                    s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                    Department.of(s.applicant().region().orElseThrow()), LocalDate.of(2024, 12, 3),
                    Optional.empty());
            return new CertificateIssuing.IssuedRequest(issue(request, certificate, officer,
                    STARTED.plusSeconds(7200)), certificate);
        });
    }

    private static long serialOf(CertificateIssuing.IssuedRequest issued) {
        return CertificateNumbers.serialOf(issued.certificate().number()).orElseThrow().serial();
    }

    @Test
    void issueUnderNextSerial_storesTheDecisionAndTheEntry_numberedWithTheNextSerial_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);

        CertificateIssuing.IssuedRequest issued = issueDrawing(accepted, "OFFICER 1 ALMATY_CITY");

        assertThat(requests().find(accepted.id()).orElseThrow().state()).isEqualTo(issued.request().state());
        assertThat(register().find(issued.certificate().number())).contains(issued.certificate());
        assertThat(issueDrawing(acceptedIn(Region.ASTANA), "OFFICER 2 ASTANA").certificate().number())
                .isNotEqualTo(issued.certificate().number());
    }

    @Test
    void issueUnderNextSerial_marksTheHoldersEarlierCertificateInTheSpecialty_asReplaced_R14_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate earlier = earlierCertificateOf(accepted);
        register().add(earlier);

        CertificateIssuing.IssuedRequest issued = issueDrawing(accepted, "OFFICER 1 ALMATY_CITY");

        assertThat(register().find(earlier.number())).contains(earlier.supersededBy(issued.certificate()));
    }

    @Test
    void issueUnderNextSerial_aDecisionThatLosesItsRace_givesItsSerialBack_soSerialsHaveNoGaps() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        long first = serialOf(issueDrawing(accepted, "OFFICER 1"));

        assertThatThrownBy(() -> issueDrawing(accepted, "OFFICER 2")).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(serialOf(issueDrawing(acceptedIn(Region.ALMATY_CITY), "OFFICER 3"))).isEqualTo(first + 1);
    }

    @Test
    void issueUnderNextSerial_atOnce_onOneRequestAndOnOthers_burnsNoSerial() throws Exception {
        CertificationRequest contested = acceptedIn(Region.ALMATY_CITY);
        List<CertificationRequest> others = List.of(acceptedIn(Region.ASTANA), acceptedIn(Region.KARAGANDA),
                acceptedIn(Region.ALMATY_CITY));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            CyclicBarrier together = new CyclicBarrier(6);
            List<CompletableFuture<Long>> writers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String officer = "OFFICER " + i;
                writers.add(CompletableFuture.supplyAsync(() -> serialOf(issueAfter(together, contested, officer)),
                        threads));
            }
            for (CertificationRequest other : others) {
                writers.add(CompletableFuture.supplyAsync(() -> serialOf(issueAfter(together, other, "OFFICER 9")),
                        threads));
            }
            List<Long> serials = new ArrayList<>();
            List<Throwable> losers = new ArrayList<>();
            for (CompletableFuture<Long> writer : writers) {
                writer.handle((serial, failure) -> failure == null ? serials.add(serial)
                        : losers.add(failure.getCause())).get(60, TimeUnit.SECONDS);
            }

            assertThat(losers).hasSize(2).allMatch(ConcurrentUpdateException.class::isInstance);
            assertThat(serials).hasSize(4);
            assertThat(Collections.max(serials) - Collections.min(serials)).as("no serial burnt: %s", serials)
                    .isEqualTo(3);
            assertThat(serialOf(issueDrawing(acceptedIn(Region.ASTANA), "OFFICER 5")))
                    .isEqualTo(Collections.max(serials) + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    private CertificateIssuing.IssuedRequest issueAfter(CyclicBarrier together,
                                                                    CertificationRequest request, String officer) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return issueDrawing(request, officer);
    }

    @Test
    void issueUnderNextSerial_storesTheDecisionsNotifications_andNoneWhenTheDecisionLosesItsRace() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        RequestState s = accepted.state();
        Year year = Year.of(2024);
        issuing().issueUnderNextSerial(year, serial -> {
            IssuedCertificate certificate = IssuedCertificate.issue(CertificateNumbers.issue(year, serial),
                    s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                    Department.of(Region.ALMATY_CITY), LocalDate.of(2024, 12, 3), Optional.empty());
            return new CertificateIssuing.IssuedRequest(issue(accepted, certificate, "OFFICER 1",
                    STARTED.plusSeconds(7200)), certificate,
                    List.of(notice(accepted, Notification.Kind.CERTIFICATE_ISSUED, Language.RU)));
        });
        assertThatThrownBy(() -> issuing().issueUnderNextSerial(year, serial -> {
            IssuedCertificate certificate = IssuedCertificate.issue(CertificateNumbers.issue(year, serial),
                    s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                    Department.of(Region.ALMATY_CITY), LocalDate.of(2024, 12, 3), Optional.empty());
            return new CertificateIssuing.IssuedRequest(issue(accepted, certificate, "OFFICER 2",
                    STARTED.plusSeconds(7300)), certificate,
                    List.of(notice(accepted, Notification.Kind.CERTIFICATE_ISSUED, Language.EN)));
        })).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(outbox().claimDue(10)).singleElement()
                .satisfies(n -> assertThat(n.language()).isEqualTo(Language.RU));
    }

    @Test
    void twoCertificatesOfOneHolderInOneSpecialtyIssuedAtOnce_leaveOneCurrent_R14_R75() throws Exception {
        CertificationRequest first = acceptedIn(Region.ALMATY_CITY);
        register().add(earlierCertificateOf(first));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                List<CertificationRequest> accepted = List.of(round == 0 ? first : acceptedIn(Region.ALMATY_CITY),
                        acceptedIn(Region.ALMATY_CITY));
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<CertificationRequest>> decisions = new ArrayList<>();
                for (CertificationRequest request : accepted) {
                    IssuedCertificate certificate = certificateFor(request);
                    CertificationRequest issued = issue(request, certificate, "OFFICER 1 ALMATY_CITY",
                            STARTED.plusSeconds(7200));
                    decisions.add(CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(together);
                        return issuing().issue(issued, certificate);
                    }, threads));
                }
                for (CompletableFuture<CertificationRequest> decision : decisions) {
                    decision.get(30, TimeUnit.SECONDS);
                }

                List<IssuedCertificate> held = register().heldBy(first.state().applicant().iin());
                assertThat(held).as("round " + round).hasSize(3 + 2 * round);
                assertThat(held.stream().filter(c -> c.supersession().isEmpty() && c.revocation().isEmpty()))
                        .as("round " + round).singleElement()
                        .isEqualTo(held.stream().max(IssuedCertificate.REGISTER_ORDER).orElseThrow());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
