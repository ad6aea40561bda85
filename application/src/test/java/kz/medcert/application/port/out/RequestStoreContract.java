package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.STARTED;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.startedAt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.service.RequestInWords;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RequestState;

/**
 * The fixtures of the request store's contracts, written once: the store under test and its ports, and the requests
 * and certificates the cases build. One contract per port extends it ({@link RequestsContract},
 * {@link IdempotentStartsContract}, {@link CertificateIssuingContract}, {@link RequestAttachmentsContract},
 * {@link ApplicantRequestsContract}, {@link DecisionQueueContract}, {@link RegistryRetryQueueContract},
 * {@link OutboxContract}); each adapter runs them all against one {@link RequestStoreUnderTest} (the in-memory fake
 * in application, the JDBI adapter on HSQLDB and PostgreSQL in adapters-persistence), so that service tests on the
 * fake test what production does, and a fake that disagrees with the real adapter fails the build.
 */
public abstract class RequestStoreContract {
    /** The day the queue is read on: the 5-day term of a request submitted on 2 December 2024 is running. */
    protected static final LocalDate TODAY = LocalDate.of(2024, 12, 10);

    /**
     * How long a request that a write just left waiting for registries is left to that write's instance; short, so
     * that tests need not wait. The store's own ports are built with it.
     */
    public static final Duration SETTLE = Duration.ofMillis(5);

    /** The store under test, empty at the start of each test (the same instance throughout one test). */
    protected abstract RequestStoreUnderTest store();

    protected Requests requests() {
        return store().ports().requests();
    }

    protected IdempotentStarts idempotentStarts() {
        return store().ports().idempotentStarts();
    }

    protected CertificateIssuing issuing() {
        return store().ports().issuing();
    }

    protected RequestAttachments attachments() {
        return store().ports().attachments();
    }

    protected ApplicantRequests applicantRequests() {
        return store().ports().applicantRequests();
    }

    protected DecisionQueue decisionQueue() {
        return store().ports().decisionQueue();
    }

    protected RegistryRetryQueue retryQueue() {
        return store().ports().retryQueue();
    }

    /** The certificate register in the same store, empty at the start of each test. */
    protected CertificateRegister register() {
        return store().register();
    }

    /** The outbox in the same store, empty at the start of each test. */
    protected Outbox outbox() {
        return store().outbox();
    }

    /** The outbox as another instance of the service on the same store sees it: claims of its own. */
    protected Outbox outboxOfAnotherInstance() {
        return store().outboxOfAnotherInstance();
    }

    /** The ports of another instance of the service on the same store, claiming retries for this lease. */
    protected RequestStorePorts anotherInstance(Duration retryLease) {
        return store().anotherInstance(retryLease, SETTLE);
    }

    /** As {@link #anotherInstance(Duration)}, leaving requests that just began to wait to their writer so long. */
    protected RequestStorePorts anotherInstance(Duration retryLease, Duration settle) {
        return store().anotherInstance(retryLease, settle);
    }

    protected CertificationRequest acceptedIn(Region region) {
        return acceptedIn(region, LocalDate.of(2024, 12, 9));
    }

    protected CertificationRequest acceptedIn(Region region, LocalDate decisionDue) {
        return JourneyFixtures.acceptedIn(requests(), region, decisionDue);
    }

    protected IssuedCertificate certificateFor(CertificationRequest request) {
        RequestState s = request.state();
        Year year = Year.of(2024);
        return IssuedCertificate.issue(CertificateNumbers.issue(year, register().nextSerial(year)),
                s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                Department.of(s.applicant().region().orElseThrow()), LocalDate.of(2024, 12, 3), Optional.empty());
    }

    /** The officer issues; where the rules found grounds, with a written override (R74, R91). */
    protected static CertificationRequest issue(CertificationRequest accepted, IssuedCertificate certificate, String by,
                                              java.time.Instant at) {
        boolean refused = !accepted.state().submission().orElseThrow().evaluation().outcome().isEligible();
        return accepted.issued(certificate.number(), certificate.issuedOn(), refused
                ? java.util.Optional.of(Motivation.of(null, "Документы проверены.", null))
                : java.util.Optional.empty(), by, at);
    }

    protected IssuedCertificate earlierCertificateOf(CertificationRequest request) {
        RequestState s = request.state();
        Year year = Year.of(2019);
        return IssuedCertificate.issue(CertificateNumbers.issue(year, register().nextSerial(year)),
                s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                Department.of(s.applicant().region().orElseThrow()), LocalDate.of(2019, 12, 3), Optional.empty());
    }

    protected static Notification notice(CertificationRequest request, Notification.Kind kind, Language language) {
        return new Notification(request.state().applicant().iin(), kind, "request " + request.id(),
                RequestInWords.named(ServiceText.NOTIFY_SUBJECT_REQUEST_ACCEPTED.message(), request),
                RequestInWords.named(ServiceText.NOTIFY_REQUEST_ACCEPTED.message(), request)
                        .with("due", LocalDate.of(2024, 12, 9)), language, STARTED.plusSeconds(60));
    }

    protected static void pastTheSettleTime() {
        try {
            Thread.sleep(SETTLE.toMillis() * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected CertificationRequest waiting(Instant startedAt) {
        return requests().save(awaitingRegistries(requests().add(startedAt(startedAt))));
    }
}
