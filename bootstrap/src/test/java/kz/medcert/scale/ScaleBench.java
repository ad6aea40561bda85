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
import kz.medcert.application.port.in.RegisterCsv;
import kz.medcert.application.port.in.VerifyCertificateUseCase;
import kz.medcert.application.port.out.CertificateRegister.ExpiryWindow;
import kz.medcert.application.service.VerifyCertificateService;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/**
 * Times what the scale section of docs/benchmarks.md reports, on a database loaded beforehand (scripts/bench-scale.sh):
 * <ul>
 *   <li>{@code verify}: lookups by certificate number through the register adapter ({@link JdbiCertificateRegister#find},
 *       a primary-key read) and through the public verification use case on top of it, single-threaded, after a
 *       warm-up, for numbers drawn at random from the whole register (and one in ten that is not registered):
 *       latency percentiles and lookups per second.</li>
 *   <li>{@code report}: the expiry report over the register: counts for a year, for a year in one department, and
 *       the streamed list of the holders still to confirm formatted as CSV; the median of 5 runs after one.</li>
 *   <li>{@code queue}: the officer's queue query of one department ({@code listAccepted}), median of 5 runs.</li>
 * </ul>
 * Prints {@code RESULT key value} lines on standard output.
 *
 * <pre>ScaleBench jdbcUrl user password verify|report|queue [seconds]</pre>
 */
public final class ScaleBench {
    private static final int SAMPLE = 20_000;
    private static final int RUNS = 5;

    private ScaleBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: ScaleBench <jdbcUrl> <user> <password> verify|report|queue [seconds]");
            System.exit(2);
        }
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        try (Database database = Database.open(args[0], args[1], args[2], 4)) {
            switch (args[3]) {
                case "verify" -> verify(database, seconds);
                case "report" -> report(database);
                case "queue" -> queue(database);
                default -> {
                    System.err.println("unknown measurement " + args[3]);
                    System.exit(2);
                }
            }
        }
    }

    private static void verify(Database database, int seconds) {
        JdbiCertificateRegister register = new JdbiCertificateRegister(database.jdbi());
        List<CertificateNumber> numbers = sample(database);
        long rows = count(database);
        VerifyCertificateUseCase verification = new VerifyCertificateService(register, SpecialtyCatalogue.standard(),
                Clock.fixed(GenerateApplications.NOW, ZoneOffset.UTC));
        result("register.rows", rows);
        Random random = new Random(7);
        LongSupplier adapter = () -> {
            CertificateNumber number = numbers.get(random.nextInt(numbers.size()));
            long t0 = System.nanoTime();
            register.find(number);
            return System.nanoTime() - t0;
        };
        LongSupplier useCase = () -> {
            CertificateNumber number = numbers.get(random.nextInt(numbers.size()));
            long t0 = System.nanoTime();
            verification.verify(number.value());
            return System.nanoTime() - t0;
        };
        System.err.printf("verify: %,d rows, warming up %d s%n", rows, seconds);
        run(adapter, seconds); // warm-up: JIT, connection pool, database caches
        latencies("verify.adapter", run(adapter, seconds));
        latencies("verify.useCase", run(useCase, seconds));
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

    private static void report(Database database) throws IOException {
        JdbiCertificateRegister register = new JdbiCertificateRegister(database.jdbi());
        result("register.rows", count(database));
        ExpiryWindow year = new ExpiryWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Optional.empty());
        ExpiryWindow almaty = new ExpiryWindow(year.from(), year.to(), Optional.of(Department.of(Region.ALMATY_CITY)));
        result("report.expiring2027", register.countExpiring(year).stream().mapToLong(c -> c.expiring()).sum());
        result("report.confirmed2027", register.countExpiring(year).stream().mapToLong(c -> c.confirmed()).sum());
        timed("report.countYearMillis", () -> register.countExpiring(year).size());
        timed("report.countYearOneDepartmentMillis", () -> register.countExpiring(almaty).size());
        long[] exported = {0};
        timed("report.exportYearCsvMillis", () -> {
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
        result("report.exportedRows", exported[0]);
        if (args0(database).startsWith("jdbc:postgresql:")) {
            result("db.bytes", database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT pg_database_size(current_database())").mapTo(Long.class).one()));
        }
    }

    private static String args0(Database database) {
        return database.jdbi().withHandle(h -> {
            try {
                return h.getConnection().getMetaData().getURL();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void queue(Database database) {
        JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(database.jdbi());
        long[] listed = {0};
        timed("queue.oneDepartmentMillis", () -> listed[0] = repository.listAccepted(
                Optional.of(Department.of(Region.ALMATY_CITY))).size());
        result("queue.oneDepartmentRequests", listed[0]);
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
