package kz.medcert.domain.benchmarks;

import java.util.concurrent.TimeUnit;
import kz.medcert.domain.person.PersonName;
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
 * A holder's name checked letter by letter, as on every read of a certificate or request: a Kazakh name in Cyrillic
 * (with Қ, Ұ, Ә) and a Latin one.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PersonNameBenchmark {
    private String[] cyrillic;
    private String[] latin;

    @Setup
    public void setUp() {
        // new String: not interned literals, as names read from a database row would not be
        cyrillic = new String[] {new String("Тоқтарова-Әбілқасым"), new String("Айгерим"), new String("Болатқызы")};
        latin = new String[] {new String("Abenova"), new String("Aigerim"), new String("Bolatqyzy")};
    }

    @Benchmark
    public void kazakhCyrillic(Blackhole bh) {
        bh.consume(PersonName.of(cyrillic[0], cyrillic[1], cyrillic[2]));
    }

    @Benchmark
    public void latin(Blackhole bh) {
        bh.consume(PersonName.of(latin[0], latin[1], latin[2]));
    }
}
