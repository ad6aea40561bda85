package kz.medcert.domain.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import kz.medcert.domain.calendar.ServiceDeadlinePolicy;
import kz.medcert.domain.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Service deadlines (R73, R77, R78): {@code ServiceDeadlinePolicy.deadlineFor} and
 * {@code WorkingCalendar.workingDaysAfter(date, 5)} over inputs spread uniformly over 2024–2026 (any time of day,
 * weekends and holidays included), cycled one per call so that no single date is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DeadlineBenchmark {

    /** Inputs per array; a power of two so that the cursor wraps with a mask. */
    static final int SIZE = 4096;
    static final long SEED = 20241202L;
    static final Instant FROM = Instant.parse("2023-12-31T19:00:00Z"); // 2024-01-01 00:00 in Almaty (UTC+5)
    static final Instant UNTIL = Instant.parse("2026-12-31T19:00:00Z"); // 2027-01-01 00:00 in Almaty

    private ServiceDeadlinePolicy policy;
    private WorkingCalendar calendar;
    private Instant[] instants;
    private LocalDate[] dates;
    private int cursor;

    @Setup
    public void setUp() {
        calendar = WorkingCalendar.kazakhstan();
        policy = ServiceDeadlinePolicy.standard(calendar);
        instants = instants(SIZE, SEED);
        dates = new LocalDate[SIZE];
        LocalDate first = LocalDate.of(2024, 1, 1);
        int days = (int) (LocalDate.of(2027, 1, 1).toEpochDay() - first.toEpochDay());
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < SIZE; i++) {
            dates[i] = first.plusDays(random.nextInt(days));
        }
    }

    /** {@code n} instants drawn uniformly from [2024-01-01, 2027-01-01) Almaty time, at one-second resolution. */
    static Instant[] instants(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long from = FROM.getEpochSecond();
        long until = UNTIL.getEpochSecond();
        Instant[] result = new Instant[n];
        for (int i = 0; i < n; i++) {
            result[i] = Instant.ofEpochSecond(random.nextLong(from, until));
        }
        return result;
    }

    @Benchmark
    public void deadlineFor(Blackhole bh) {
        bh.consume(policy.deadlineFor(instants[cursor++ & (SIZE - 1)]));
    }

    @Benchmark
    public void workingDaysAfter(Blackhole bh) {
        bh.consume(calendar.workingDaysAfter(dates[cursor++ & (SIZE - 1)], 5));
    }
}
