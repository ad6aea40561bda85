package kz.medcert.domain.benchmarks;

import java.util.concurrent.TimeUnit;
import kz.medcert.domain.person.Iin;
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
 * IIN validation: {@code Iin.isValid} on a valid number and on one whose check digit is wrong (the most common typo,
 * and the longest path to a rejection: every other check passes first), and {@code Iin.parse} of a valid number.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class IinBenchmark {

    /** Female, born 15 July 1990; check digit 8 by the first weighting (see IinExamplesTest). */
    private String valid;
    /** The same number with check digit 0. */
    private String wrongCheckDigit;

    @Setup
    public void setUp() {
        // new String: not the interned literal, as a number read from a request would not be
        valid = new String("900715401238");
        wrongCheckDigit = new String("900715401230");
        if (!Iin.isValid(valid) || Iin.isValid(wrongCheckDigit)) {
            throw new IllegalStateException("IIN benchmark inputs no longer valid/invalid as intended");
        }
    }

    @Benchmark
    public void isValidValid(Blackhole bh) {
        bh.consume(Iin.isValid(valid));
    }

    @Benchmark
    public void isValidWrongCheckDigit(Blackhole bh) {
        bh.consume(Iin.isValid(wrongCheckDigit));
    }

    @Benchmark
    public void parse(Blackhole bh) {
        bh.consume(Iin.parse(valid));
    }
}
