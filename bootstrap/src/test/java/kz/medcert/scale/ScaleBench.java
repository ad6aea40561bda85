package kz.medcert.scale;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.JdbiCertificateRegister;
import kz.medcert.adapters.persistence.JdbiCertificationRequestRepository;
import kz.medcert.adapters.registerfile.RegisterCsv;
import kz.medcert.application.port.in.verification.VerifyCertificateUseCase;
import kz.medcert.application.port.out.CertificateRegister.ExpiryWindow;
import kz.medcert.application.service.verification.VerifyCertificateService;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/**
 * Times what the scale section of docs/benchmarks.md reports, on databases loaded beforehand
 * (scripts/bench-scale.sh). Each database is named by a label ({@code small=jdbc:...}); results are printed as
 * {@code RESULT <label>.<key> <value>} lines on standard output.
 * <ul>
 *   <li>{@code verify}: lookups by certificate number through the register adapter ({@link JdbiCertificateRegister#find},
 *       a primary-key read) and through the public verification use case on top of it, single-threaded, for numbers
 *       drawn at random from the whole register (and one in ten that is not registered): latency percentiles and
 *       lookups per second. With several databases, all are open at once and measured in alternating rounds after
 *       a warm-up of each, so that a change in the machine's load falls on all of them alike and their ratio holds.</li>
 *   <li>{@code report}: the expiry report over the register: counts for a year, for a year in one department, and
 *       the streamed list of the holders still to confirm formatted as CSV; the median of 5 runs after one.</li>
 *   <li>{@code queue}: the first page of one department's queue, with its totals ({@code awaitingDecision}), median of
 *   5 runs.</li>
 * </ul>
 * {@code --sql} runs a statement on each database after opening it (e.g. an HSQLDB cache setting, to test a cause).
 *
 * <pre>ScaleBench verify|report|queue user password label=jdbcUrl... [--seconds S] [--sql STATEMENT]</pre>
 */
public final class ScaleBench {
    private static final int SAMPLE = 20_000;
    private static final int RUNS = 5;
    private static final int ROUNDS = 4;

    private ScaleBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: ScaleBench verify|report|queue <user> <password> <label>=<jdbcUrl>... "
                    + "[--seconds S] [--sql STATEMENT]");
            System.exit(2);
        }
        String mode = args[0];
        int seconds = 20;
        Optional<String> sql = Optional.empty();
        List<Target> targets = new ArrayList<>();
        try {
            for (int i = 3; i < args.length; i++) {
                switch (args[i]) {
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--sql" -> sql = Optional.of(args[++i]);
                    default -> {
                        String[] target = args[i].split("=", 2);
                        Database database = Database.open(target[1], args[1], args[2], 4);
                        sql.ifPresent(statement -> database.jdbi().useHandle(h -> h.execute(statement)));
                        targets.add(new Target(target[0], target[1], database));
                    }
                }
            }
            switch (mode) {
                case "verify" -> verify(targets, seconds);
                case "report" -> report(targets.get(0));
                case "queue" -> queue(targets.get(0));
                default -> {
                    System.err.println("unknown measurement " + mode);
                    System.exit(2);
                }
            }
        } finally {
            targets.forEach(t -> t.database().close());
        }
    }

    private record Target(String label, String url, Database database) {
    }

    /** One database's lookups, and the latencies measured so far. */
    private static final class Lookups {
        final String label;
        final LongSupplier adapter;
        final LongSupplier useCase;
        final List<long[]> adapterTimes = new ArrayList<>();
        final List<long[]> useCaseTimes = new ArrayList<>();

        Lookups(Target target) {
            this.label = target.label();
            JdbiCertificateRegister register = new JdbiCertificateRegister(target.database().jdbi());
            List<CertificateNumber> numbers = sample(target.database());
            VerifyCertificateUseCase verification = new VerifyCertificateService(register,
                    SpecialtyCatalogue.standard(), Clock.fixed(GenerateApplications.NOW, ZoneOffset.UTC));
            Random random = new Random(7);
            adapter = () -> {
                CertificateNumber number = numbers.get(random.nextInt(numbers.size()));
                long t0 = System.nanoTime();
                register.find(number);
                return System.nanoTime() - t0;
            };
            useCase = () -> {
                CertificateNumber number = numbers.get(random.nextInt(numbers.size()));
                long t0 = System.nanoTime();
                verification.verify(number.value());
                return System.nanoTime() - t0;
            };
        }
    }

    private static void verify(List<Target> targets, int seconds) {
        List<Lookups> all = new ArrayList<>();
        for (Target target : targets) {
            result(target.label() + ".register.rows", count(target.database()));
            all.add(new Lookups(target));
        }
        System.err.printf("verify: warming up %d s each%n", seconds);
        for (Lookups lookups : all) { // JIT, connection pool, database caches
            run(lookups.adapter, seconds / 2);
            run(lookups.useCase, seconds / 2);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Lookups lookups : all) {
                lookups.adapterTimes.add(run(lookups.adapter, Math.max(1, seconds / ROUNDS)));
                lookups.useCaseTimes.add(run(lookups.useCase, Math.max(1, seconds / ROUNDS)));
            }
        }
        for (Lookups lookups : all) {
            latencies(lookups.label + ".verify.adapter", concat(lookups.adapterTimes));
            latencies(lookups.label + ".verify.useCase", concat(lookups.useCaseTimes));
        }
    }

    private static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static long[] run(LongSupplier lookup, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] times = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = lookup.getAsLong();
        }
        return Arrays.copyOf(times, n);
    }

    private static void latencies(String name, long[] nanos) {
        long total = Arrays.stream(nanos).sum();
        Arrays.sort(nanos);
        result(name + ".lookups", nanos.length);
        result(name + ".perSecond", nanos.length / (total / 1e9));
        result(name + ".meanMicros", total / 1e3 / nanos.length);
        result(name + ".p50Micros", nanos[nanos.length / 2] / 1e3);
        result(name + ".p99Micros", nanos[(int) (nanos.length * 0.99)] / 1e3);
        result(name + ".p999Micros", nanos[(int) (nanos.length * 0.999)] / 1e3);
    }

    /** Numbers drawn uniformly from the whole register (reservoir), and one in ten that is well formed but absent. */
    private static List<CertificateNumber> sample(Database database) {
        Random random = new Random(42);
        List<CertificateNumber> reservoir = new ArrayList<>(SAMPLE);
        long[] seen = {0};
        database.jdbi().useTransaction(h -> h.createQuery("SELECT number FROM issued_certificate").setFetchSize(10_000)
                .mapTo(String.class).useStream(rows -> rows.forEach(number -> {
                    seen[0]++;
                    if (reservoir.size() < SAMPLE) {
                        reservoir.add(new CertificateNumber(number));
                    } else {
                        long slot = (long) (random.nextDouble() * seen[0]);
                        if (slot < SAMPLE) {
                            reservoir.set((int) slot, new CertificateNumber(number));
                        }
                    }
                })));
        for (int i = 0; i < SAMPLE / 10; i++) {
            reservoir.add(CertificateNumbers.issue(Year.of(2026), 99_000_000L + i)); // never drawn
        }
        return reservoir;
    }

    private static void report(Target target) throws IOException {
        Database database = target.database();
        String label = target.label();
        JdbiCertificateRegister register = new JdbiCertificateRegister(database.jdbi());
        result(label + ".register.rows", count(database));
        ExpiryWindow year = new ExpiryWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Optional.empty());
        ExpiryWindow almaty = new ExpiryWindow(year.from(), year.to(), Optional.of(Department.of(Region.ALMATY_CITY)));
        result(label + ".report.expiring2027", register.countExpiring(year).stream().mapToLong(c -> c.expiring())
                .sum());
        result(label + ".report.confirmed2027", register.countExpiring(year).stream().mapToLong(c -> c.confirmed())
                .sum());
        timed(label + ".report.countYearMillis", () -> register.countExpiring(year).size());
        timed(label + ".report.countYearOneDepartmentMillis", () -> register.countExpiring(almaty).size());
        long[] exported = {0};
        timed(label + ".report.exportYearCsvMillis", () -> {
            exported[0] = 0;
            Writer sink = Writer.nullWriter();
            register.forEachUnconfirmedExpiring(year, c -> {
                try {
                    sink.write(RegisterCsv.line(c));
                    exported[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return exported[0];
        });
        result(label + ".report.exportedRows", exported[0]);
        if (target.url().startsWith("jdbc:postgresql:")) {
            result(label + ".db.bytes", database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT pg_database_size(current_database())").mapTo(Long.class).one()));
        }
    }

    private static void queue(Target target) {
        JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(
                target.database().jdbi());
        long[] listed = {0};
        // the officer's first page (50, the HTTP default) of one department, with the department's totals
        timed(target.label() + ".queue.oneDepartmentMillis", () -> listed[0] = repository.awaitingDecision(
                Optional.of(Department.of(Region.ALMATY_CITY)), LocalDate.of(2026, 11, 20), 0, 50).total());
        result(target.label() + ".queue.oneDepartmentRequests", listed[0]);
    }

    private static void timed(String name, LongSupplier work) {
        work.getAsLong();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.getAsLong();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        result(name, millis[RUNS / 2]);
        result(name.replace("Millis", "MinMillis"), millis[0]);
        System.err.printf(Locale.ROOT, "%s: %s%n", name, Arrays.toString(millis));
    }

    private static long count(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM issued_certificate")
                .mapTo(Long.class).one());
    }

    private static void result(String key, double value) {
        System.out.printf(Locale.ROOT, "RESULT %s %s%n", key, value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.3f", value));
    }
}
