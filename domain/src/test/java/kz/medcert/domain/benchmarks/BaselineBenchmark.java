package kz.medcert.domain.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reference points measured in the same run as the domain benchmarks, so that results from different runs, JDKs and
 * machines can be compared as ratios. {@link #localDatePlusDays} is the baseline of the summary
 * ({@code scripts/bench-domain.sh}): a small JDK call (date arithmetic and one LocalDate) of a few nanoseconds.
 * {@link #constant} is the floor of the harness itself (a Blackhole call), too close to zero to divide by.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BaselineBenchmark {

    private LocalDate date = LocalDate.of(2024, 12, 2);
    private long days = 5;
    private int value = 42;

    @Benchmark
    public void localDatePlusDays(Blackhole bh) {
        bh.consume(date.plusDays(days));
    }

    @Benchmark
    public void constant(Blackhole bh) {
        bh.consume(value);
    }
}
