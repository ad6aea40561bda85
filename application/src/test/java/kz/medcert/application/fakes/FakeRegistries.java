package kz.medcert.application.fakes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import kz.medcert.application.port.out.AssessmentRegistry;
import kz.medcert.application.port.out.CertificateRegistry;
import kz.medcert.application.port.out.EducationRegistry;
import kz.medcert.application.port.out.EmploymentRegistry;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.application.port.out.NameChangeRegistry;
import kz.medcert.application.port.out.ProhibitionRegistry;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.application.service.requests.RegistryCalls;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.PersonRecord;
import kz.medcert.domain.request.StateRegistry;

/**
 * The seven state registries in one fake: what each holds is set per IIN (a person it does not know gets empty
 * answers and {@link Prohibition#NO_DATA}); any registry can be made to fail a number of times for a person, and every
 * call is counted.
 */
public final class FakeRegistries implements EducationRegistry, CertificateRegistry, NameChangeRegistry,
        AssessmentRegistry, EmploymentRegistry, ProhibitionRegistry, IdentityRegistry {

    private final Map<Iin, Holdings> holdings = new HashMap<>();
    private final Map<Iin, Map<StateRegistry, Deque<Supplier<RuntimeException>>>> failures = new HashMap<>();
    private final Map<StateRegistry, Integer> calls = new EnumMap<>(StateRegistry.class);
    private final List<Runnable> beforeNextCall = new ArrayList<>();

    /** What the registries hold about one person; change it freely before the registries are asked. */
    public static final class Holdings {
        private List<EducationRecord> education = List.of();
        private List<PostgraduateTraining> postgraduate = List.of();
        private List<HeldCertificate> certificates = List.of();
        private boolean nameChange;
        private List<AssessmentResult> assessments = List.of();
        private List<EmploymentPeriod> employment = List.of();
        private Prohibition prohibition = Prohibition.NO_DATA;
        private PersonRecord person;

        public Holdings education(EducationRecord... records) { education = List.of(records); return this; }

        public Holdings postgraduate(PostgraduateTraining... records) { postgraduate = List.of(records); return this; }

        public Holdings certificates(HeldCertificate... records) { certificates = List.of(records); return this; }

        public Holdings nameChange(boolean onRecord) { nameChange = onRecord; return this; }

        public Holdings assessments(AssessmentResult... results) { assessments = List.of(results); return this; }

        public Holdings employment(EmploymentPeriod... periods) { employment = List.of(periods); return this; }

        public Holdings prohibition(Prohibition value) { prohibition = Objects.requireNonNull(value); return this; }

        /** The state database of individuals holds this person under the IIN (none by default). */
        public Holdings person(PersonRecord record) { person = record; return this; }
    }

    /** The holdings of {@code iin}, created empty on first use. */
    public synchronized Holdings of(Iin iin) {
        return holdings.computeIfAbsent(iin, i -> new Holdings());
    }

    /** The next {@code times} calls of {@code registry} for {@code iin} throw {@link RegistryUnavailableException}. */
    public synchronized FakeRegistries failing(StateRegistry registry, Iin iin, int times, String reason) {
        for (int i = 0; i < times; i++) {
            failuresOf(iin, registry).add(() -> new RegistryUnavailableException(registry, reason));
        }
        return this;
    }

    /** The next call of {@code registry} for {@code iin} throws {@code fault}, e.g. an answer the adapter misread. */
    public synchronized FakeRegistries failingOnceWith(StateRegistry registry, Iin iin, RuntimeException fault) {
        failuresOf(iin, registry).add(() -> fault);
        return this;
    }

    /**
     * The next call of {@code registry} for {@code iin} hangs until it is interrupted (a registry that never answers),
     * then fails; {@code interrupted} is counted down when that happens.
     */
    public synchronized FakeRegistries hangingOnce(StateRegistry registry, Iin iin,
                                                   java.util.concurrent.CountDownLatch interrupted) {
        failuresOf(iin, registry).add(() -> {
            try {
                new java.util.concurrent.CountDownLatch(1).await();
                return new IllegalStateException("a hanging call cannot end without an interrupt");
            } catch (InterruptedException e) {
                interrupted.countDown();
                return new RegistryUnavailableException(registry, "interrupted");
            }
        });
        return this;
    }

    /** Runs {@code action} once, just before the next call of any registry (to interleave a concurrent change). */
    public synchronized void beforeNextCall(Runnable action) {
        beforeNextCall.add(action);
    }

    public synchronized int callsTo(StateRegistry registry) {
        return calls.getOrDefault(registry, 0);
    }

    public synchronized int totalCalls() {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The service-side dispatcher wired to this fake for all seven ports. */
    public RegistryCalls registryCalls() {
        return new RegistryCalls(this, this, this, this, this, this, this);
    }

    /** As {@link #registryCalls()}, with the time limit of {@code settings}. */
    public RegistryCalls registryCalls(kz.medcert.application.service.RequestSettings settings) {
        return new RegistryCalls(this, this, this, this, this, this, this, settings);
    }

    @Override
    public EducationFound educationOf(Iin iin) {
        Holdings h = called(StateRegistry.EDUCATION, iin);
        return new EducationFound(h.education, h.postgraduate);
    }

    @Override
    public List<HeldCertificate> certificatesOf(Iin iin) {
        return called(StateRegistry.CERTIFICATES, iin).certificates;
    }

    @Override
    public boolean holdsNameChange(Iin iin) {
        return called(StateRegistry.NAME_CHANGES, iin).nameChange;
    }

    @Override
    public List<AssessmentResult> assessmentsOf(Iin iin) {
        return called(StateRegistry.ASSESSMENTS, iin).assessments;
    }

    @Override
    public List<EmploymentPeriod> employmentOf(Iin iin) {
        return called(StateRegistry.EMPLOYMENT, iin).employment;
    }

    @Override
    public Prohibition prohibitionOf(Iin iin, SpecialtyCode specialty) {
        return called(StateRegistry.PROHIBITIONS, iin).prohibition;
    }

    @Override
    public Optional<PersonRecord> personOf(Iin iin) {
        return Optional.ofNullable(called(StateRegistry.IDENTITY, iin).person);
    }

    private Holdings called(StateRegistry registry, Iin iin) {
        List<Runnable> actions;
        synchronized (this) {
            actions = List.copyOf(beforeNextCall);
            beforeNextCall.clear();
        }
        actions.forEach(Runnable::run);
        Supplier<RuntimeException> failure;
        synchronized (this) {
            calls.merge(registry, 1, Integer::sum);
            failure = failuresOf(iin, registry).poll();
        }
        if (failure != null) {
            throw failure.get(); // outside the lock: a hanging call must not hold up the other registries
        }
        return of(iin);
    }

    private Deque<Supplier<RuntimeException>> failuresOf(Iin iin, StateRegistry registry) {
        return failures.computeIfAbsent(iin, i -> new EnumMap<>(StateRegistry.class))
                .computeIfAbsent(registry, r -> new ArrayDeque<>());
    }
}
