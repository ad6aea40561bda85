package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import kz.medcert.application.port.out.AssessmentRegistry;
import kz.medcert.application.port.out.CertificateRegistry;
import kz.medcert.application.port.out.EducationRegistry;
import kz.medcert.application.port.out.EmploymentRegistry;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.application.port.out.NameChangeRegistry;
import kz.medcert.application.port.out.ProhibitionRegistry;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.FetchedFacts;
import kz.medcert.domain.request.StateRegistry;

/**
 * Asks the state registries (P9, P24; R62–R69) all at once, waiting for each at most the time limit, and returns per
 * registry how its answer changes the fetched facts or why there is none (R21, R70). A registry that is slow, fails
 * or sends what its adapter cannot translate is a failure, never a fact and never a refusal.
 */
public final class RegistryCalls {
    /** What the applicant reads when an adapter could not make sense of an answer. */
    static final String UNREADABLE = "sent an unreadable answer";
    // Calls in flight at once; more wait for a thread, and that wait counts against their time limit.
    private static final int MAX_CALLS_AT_ONCE = 64;

    private final EducationRegistry education;
    private final CertificateRegistry certificates;
    private final NameChangeRegistry nameChanges;
    private final AssessmentRegistry assessments;
    private final EmploymentRegistry employment;
    private final ProhibitionRegistry prohibitions;
    private final IdentityRegistry identity;
    private final Duration timeLimit;
    private final ExecutorService callers = callers();

    /** How one registry answered: a change to the fetched facts, or the reason it gave none. */
    sealed interface Answer {
        /** The registry answered; {@code change} adds its data to the facts fetched so far. */
        record Facts(UnaryOperator<FetchedFacts> change) implements Answer {
        }

        /** The registry did not answer usefully; {@code reason} says why in words an applicant can read. */
        record Failure(String reason) implements Answer {
        }
    }

    @Inject
    public RegistryCalls(EducationRegistry education, CertificateRegistry certificates,
                         NameChangeRegistry nameChanges, AssessmentRegistry assessments,
                         EmploymentRegistry employment, ProhibitionRegistry prohibitions, IdentityRegistry identity,
                         RequestSettings settings) {
        this.education = education;
        this.certificates = certificates;
        this.nameChanges = nameChanges;
        this.assessments = assessments;
        this.employment = employment;
        this.prohibitions = prohibitions;
        this.identity = identity;
        this.timeLimit = settings.registryTimeLimit();
    }

    /** With the default time limit. */
    public RegistryCalls(EducationRegistry education, CertificateRegistry certificates,
                         NameChangeRegistry nameChanges, AssessmentRegistry assessments,
                         EmploymentRegistry employment, ProhibitionRegistry prohibitions, IdentityRegistry identity) {
        this(education, certificates, nameChanges, assessments, employment, prohibitions, identity,
                RequestSettings.DEFAULTS);
    }

    /**
     * Asks each of {@code registries} at once and waits at most the time limit; a call still running then is
     * interrupted and reported as not answering in time. The answers come in the order of {@code registries}.
     */
    Map<StateRegistry, Answer> askAll(List<StateRegistry> registries, Iin iin, SpecialtyCode specialty) {
        Map<StateRegistry, Answer> answers = new EnumMap<>(StateRegistry.class);
        if (registries.isEmpty()) {
            return answers;
        }
        List<Callable<UnaryOperator<FetchedFacts>>> calls = new ArrayList<>();
        registries.forEach(registry -> calls.add(() -> ask(registry, iin, specialty)));
        List<Future<UnaryOperator<FetchedFacts>>> results;
        try {
            results = callers.invokeAll(calls, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            registries.forEach(registry -> answers.put(registry, new Answer.Failure("was not asked: the service "
                    + "was stopping")));
            return answers;
        }
        for (int i = 0; i < registries.size(); i++) {
            answers.put(registries.get(i), answerOf(results.get(i)));
        }
        return answers;
    }

    private Answer answerOf(Future<UnaryOperator<FetchedFacts>> result) {
        try {
            return new Answer.Facts(result.get());
        } catch (CancellationException e) {
            return new Answer.Failure("did not answer within " + seconds(timeLimit));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RegistryUnavailableException unavailable) {
                return new Answer.Failure(unavailable.reason());
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            // an answer the adapter could not translate is a registry fault, never a fact or a refusal
            return new Answer.Failure(UNREADABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Failure("was not asked: the service was stopping");
        }
    }

    /** Calls the registry now; throws what the adapter throws when it fails. */
    private UnaryOperator<FetchedFacts> ask(StateRegistry registry, Iin iin, SpecialtyCode specialty) {
        switch (registry) {
            case EDUCATION: {
                EducationRegistry.EducationFound found = education.educationOf(iin);
                return f -> f.withEducation(found.education(), found.postgraduate());
            }
            case CERTIFICATES: {
                var held = certificates.certificatesOf(iin);
                return f -> f.withCertificates(held);
            }
            case NAME_CHANGES: {
                boolean changed = nameChanges.holdsNameChange(iin);
                return f -> f.withNameChange(changed);
            }
            case ASSESSMENTS: {
                var results = assessments.assessmentsOf(iin);
                return f -> f.withAssessments(results);
            }
            case EMPLOYMENT: {
                var periods = employment.employmentOf(iin);
                return f -> f.withEmployment(periods);
            }
            case PROHIBITIONS: {
                var prohibition = prohibitions.prohibitionOf(iin, specialty);
                return f -> f.withProhibition(prohibition);
            }
            case IDENTITY: {
                var person = identity.personOf(iin);
                if (person.filter(p -> !p.iin().equals(iin)).isPresent()) {
                    throw new IllegalStateException("the identity registry answered for another IIN");
                }
                return f -> f.withPerson(person);
            }
            default:
                throw new IllegalStateException("no call for " + registry);
        }
    }

    /** "5 s", "0.5 s": the time limit as the applicant reads it. */
    static String seconds(Duration duration) {
        return java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    // Daemon threads that end when idle, so a service that stops (or a test's many services) leaves none behind.
    private static ExecutorService callers() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CALLS_AT_ONCE, MAX_CALLS_AT_ONCE, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "registry-call-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
