package kz.medcert.scale;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.JdbiAuditTrail;
import kz.medcert.adapters.persistence.JdbiCertificateRegister;
import kz.medcert.adapters.persistence.JdbiCertificationRequestRepository;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.Requests;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.Submission;

/**
 * Writes {@code count} applications in a realistic mix of statuses through the real repository port
 * ({@link JdbiCertificationRequestRepository#add}), several writers at once, so that each request's history and its
 * audit entries are stored together exactly as the service stores them; the certificates of the issued ones go into
 * the register in batches. Each request is built through the aggregate's own transitions (consent, registry answers,
 * signed submission with its evaluation and due date, the officer's decision), then stored once: a bulk load, not a
 * replay of every step's transaction. At the end the whole audit chain is verified and timed.
 *
 * <pre>GenerateApplications jdbcUrl user password count [threads] [seed]</pre>
 */
public final class GenerateApplications {
    /** The day the generated applications are counted back from: the last 60 days before it. */
    static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final List<String> SPECIALTIES = List.of("PEDIATRICS", "THERAPY", "GENERAL_SURGERY", "NEUROLOGY",
            "CARDIOLOGY", "OBSTETRICS_GYNECOLOGY");
    private static final List<String> SURNAMES = List.of("Ахметова", "Сейітов", "Иванова", "Ким", "Нұрланов",
            "Смирнова", "Оспанов", "Цой", "Жақсыбекова", "Петров");
    private static final List<String> GIVEN = List.of("Айгерім", "Ерлан", "Елена", "Дмитрий", "Гүлнар", "Асхат");
    /** First serial of the generated issues' numbers, far above what the register has drawn for the year. */
    private static final long FIRST_SERIAL = 50_000_000L;

    private final CertificationRules rules = CertificationRules.standard();

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 6) {
            System.err.println("usage: GenerateApplications <jdbcUrl> <user> <password> <count> [threads] [seed]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[3]);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 20_261_120L;
        try (Database database = Database.open(args[0], args[1], args[2], threads + 2)) {
            new GenerateApplications().run(database, count, threads, seed);
        }
    }

    void run(Database database, int count, int threads, long seed) throws Exception {
        Requests repository = new JdbiCertificationRequestRepository(database.jdbi());
        CertificateRegister register = new JdbiCertificateRegister(database.jdbi());
        Map<RequestStatus, AtomicLong> statuses = new EnumMap<>(RequestStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            statuses.put(s, new AtomicLong());
        }
        List<IssuedCertificate> issued = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong historyEntries = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            writers.add(pool.submit(() -> {
                for (int i = writer; i < count; i += threads) {
                    Generated g = generate(i, new Random(seed * 1_000_003L + i));
                    repository.add(g.request());
                    statuses.get(g.request().status()).incrementAndGet();
                    historyEntries.addAndGet(g.request().state().history().size());
                    g.certificate().ifPresent(issued::add);
                    if (i > 0 && i % 10_000 == 0) {
                        System.err.printf(Locale.ROOT, "applications: %,d written, %,.0f/s%n", i,
                                i / ((System.nanoTime() - started) / 1e9));
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : writers) {
            w.get();
        }
        pool.shutdown();
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        for (int from = 0; from < issued.size(); from += 1_000) {
            register.addAll(issued.subList(from, Math.min(issued.size(), from + 1_000)));
        }
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        long verifyStarted = System.nanoTime();
        ChainCheck chain = new JdbiAuditTrail(database.jdbi()).verifyAll();
        double verifySeconds = (System.nanoTime() - verifyStarted) / 1e9;
        long stored = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM certification_request")
                .mapTo(Long.class).one());
        System.err.println("applications: statuses " + statuses);
        result("applications.count", count);
        result("applications.stored", stored);
        result("applications.threads", threads);
        statuses.forEach((s, n) -> result("applications." + s, n.get()));
        result("applications.historyEntries", historyEntries.get());
        result("applications.writeSeconds", writeSeconds);
        result("applications.perSecond", count / writeSeconds);
        result("applications.issuedCertificates", issued.size());
        result("applications.totalSeconds", totalSeconds);
        result("audit.intact", chain.isIntact() ? 1 : 0);
        result("audit.entries", chain instanceof ChainCheck.Intact intact ? intact.entries() : -1);
        result("audit.verifySeconds", verifySeconds);
        if (!chain.isIntact()) {
            System.err.println("audit chain broken: " + chain);
            System.exit(1);
        }
    }

    private static void result(String key, double value) {
        System.out.printf(Locale.ROOT, "RESULT %s %s%n", key, value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.3f", value));
    }

    /** A request at its final stage, and the certificate its decision issued (if it got that far). */
    private record Generated(CertificationRequest request, Optional<IssuedCertificate> certificate) {
    }

    /** Status mix: 8 % awaiting consent, 5 % registries, 17 % documents, 45 % accepted, 25 % issued. */
    private Generated generate(int index, Random random) {
        Region region = Region.values()[random.nextInt(Region.values().length)];
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        Iin iin = iin(random, sex);
        Applicant applicant = new Applicant(iin, PersonName.of(SURNAMES.get(random.nextInt(SURNAMES.size())),
                GIVEN.get(random.nextInt(GIVEN.size()))), region);
        SpecialtyCode specialty = SpecialtyCode.of(SPECIALTIES.get(random.nextInt(SPECIALTIES.size())));
        Instant at = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
        LocalDate applied = KazakhstanTime.localDateTime(at).toLocalDate();
        String by = "APPLICANT " + iin.masked();
        CertificationRequest r = CertificationRequest.start(new RequestId(UUID.nameUUIDFromBytes(
                ("scale-application-" + index).getBytes())), applicant, form(specialty, applied, random), at, by);
        int stage = random.nextInt(100);
        if (stage < 8) {
            return new Generated(random.nextBoolean() ? r : r.consentRequested("OTP-" + index, "SMS",
                    at.plusSeconds(5), by), Optional.empty());
        }
        r = r.consentRequested("OTP-" + index, "SMS", at.plusSeconds(5), by).consentGiven(at.plusSeconds(60), by);
        Instant fetched = at.plusSeconds(90);
        for (StateRegistry registry : StateRegistry.askedFor(Category.DOMESTIC)) {
            if (stage < 13 && registry == StateRegistry.EDUCATION) {
                r = r.registryFailed(registry, "timeout after 5 s", fetched, fetched.plus(Duration.ofMinutes(5)));
                continue;
            }
            r = r.registryAnswered(registry, facts -> switch (registry) {
                case EDUCATION -> facts.withEducation(List.of(diploma(specialty)), List.of(internship(specialty)));
                case CERTIFICATES -> facts.withCertificates(List.of(held(specialty, applied)));
                case NAME_CHANGES -> facts.withNameChange(false);
                case ASSESSMENTS -> facts.withAssessments(List.of());
                case EMPLOYMENT -> facts.withEmployment(List.of(job(specialty)));
                case PROHIBITIONS -> facts.withProhibition(Prohibition.NONE);
                case IDENTITY -> facts.withIdentity(true);
            }, fetched = fetched.plusSeconds(1));
        }
        if (stage < 30) {
            return new Generated(r, Optional.empty());
        }
        Instant submittedAt = fetched.plus(Duration.ofMinutes(10 + random.nextInt(600)));
        Evaluation evaluation = rules.evaluate(r.dossierOn(KazakhstanTime.localDateTime(submittedAt).toLocalDate(),
                Optional.of(submittedAt)));
        var deadline = evaluation.deadline().orElseThrow();
        r = r.submitted(new Submission(submittedAt, deadline.registeredOn(), deadline.decisionDue(),
                r.contentDigest(), "DEMO-EDS:" + iin.value() + ":" + r.contentDigest(), evaluation), by);
        if (stage < 75 || !deadline.decisionDue().isBefore(KazakhstanTime.localDateTime(NOW).toLocalDate())) {
            return new Generated(r, Optional.empty());
        }
        LocalDate issuedOn = deadline.decisionDue();
        CertificateNumber number = CertificateNumbers.issue(Year.from(issuedOn), FIRST_SERIAL + index);
        String officer = "OFFICER " + (1 + random.nextInt(30)) + " " + region.name();
        r = r.issued(number, issuedOn, officer, issuedOn.atTime(12, 0).toInstant(java.time.ZoneOffset.ofHours(5)));
        return new Generated(r, Optional.of(IssuedCertificate.issue(number, iin, applicant.name(), specialty,
                Optional.empty(), Department.of(region), issuedOn, Optional.empty())));
    }

    private static Iin iin(Random random, Sex sex) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 38));
        while (true) {
            try {
                return Iin.of(birth, sex, random.nextInt(10_000));
            } catch (IllegalArgumentException noCheckDigit) {
                // about one serial in eleven admits no check digit
            }
        }
    }

    private static Dossier form(SpecialtyCode specialty, LocalDate applied, Random random) {
        return Dossier.builder(Category.DOMESTIC, specialty, applied)
                .professionalDevelopment(new ProfessionalDevelopment(specialty, StudyVolume.ofCredits(2),
                        applied.minusYears(3).plusDays(random.nextInt(300))))
                .professionalDevelopment(new ProfessionalDevelopment(specialty, StudyVolume.ofHours(90),
                        applied.minusYears(1).plusDays(random.nextInt(300))))
                .build();
    }

    private static EducationRecord diploma(SpecialtyCode specialty) {
        EducationField field = specialty.value().equals("PEDIATRICS") ? EducationField.PEDIATRICS
                : EducationField.GENERAL_MEDICINE;
        return EducationRecord.domestic(EducationLevel.HIGHER, field, LocalDate.of(2008, 6, 30));
    }

    private static PostgraduateTraining internship(SpecialtyCode specialty) {
        return new PostgraduateTraining(PostgraduateType.INTERNSHIP, specialty, LocalDate.of(2009, 6, 30), true);
    }

    private static HeldCertificate held(SpecialtyCode specialty, LocalDate applied) {
        LocalDate until = applied.plusDays(20);
        return HeldCertificate.valid(specialty, until.minusYears(5), until, true);
    }

    private static EmploymentPeriod job(SpecialtyCode specialty) {
        return EmploymentPeriod.current(specialty, LocalDate.of(2009, 9, 1), true);
    }
}
