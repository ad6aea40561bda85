package kz.medcert.domain.benchmarks;

import java.util.concurrent.TimeUnit;
import kz.medcert.domain.benchmarks.BenchmarkDossiers.Case;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
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
 * {@code CertificationRules.standard().evaluate(dossier)}: route, checklist, outcome and service deadline of one
 * realistic application per route, and of a refusal with four grounds (which also builds the kk/ru/en motivation).
 * The rules object is built once, as an embedding system would; each call evaluates the same dossier afresh.
 *
 * <p>Six warm-up seconds, not four: the whole rule pipeline must be JIT-compiled, which normally takes 2–3 s on two
 * cores but took over 6 s on the shared machine when other load starved the compiler threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EvaluationBenchmark {

    // Non-final fields so that the JIT cannot treat the inputs as constants.
    private CertificationRules rules;
    private Dossier firstTime;
    private Dossier confirmation;
    private Dossier foreignFirstTime;
    private Dossier foreignConfirmation;
    private Dossier refusal;

    @Setup
    public void setUp() {
        rules = CertificationRules.standard();
        firstTime = checked(Case.FIRST_TIME);
        confirmation = checked(Case.CONFIRMATION);
        foreignFirstTime = checked(Case.FOREIGN_FIRST_TIME);
        foreignConfirmation = checked(Case.FOREIGN_CONFIRMATION);
        refusal = checked(Case.REFUSAL_MANY_FINDINGS);
    }

    /** Fails the run rather than measure a dossier that no longer takes the route its benchmark is named after. */
    private Dossier checked(Case c) {
        Dossier dossier = c.dossier();
        Evaluation evaluation = rules.evaluate(dossier);
        if (evaluation.route().route() != c.route() || evaluation.outcome().isEligible() != c.eligible()) {
            throw new IllegalStateException(c + ": expected " + c.route() + (c.eligible() ? " eligible" : " refused")
                    + ", got " + evaluation.route().route() + " " + evaluation.outcome());
        }
        return dossier;
    }

    @Benchmark
    public void firstTime(Blackhole bh) {
        bh.consume(rules.evaluate(firstTime));
    }

    @Benchmark
    public void confirmation(Blackhole bh) {
        bh.consume(rules.evaluate(confirmation));
    }

    @Benchmark
    public void foreignFirstTime(Blackhole bh) {
        bh.consume(rules.evaluate(foreignFirstTime));
    }

    @Benchmark
    public void foreignConfirmation(Blackhole bh) {
        bh.consume(rules.evaluate(foreignConfirmation));
    }

    @Benchmark
    public void refusalManyFindings(Blackhole bh) {
        bh.consume(rules.evaluate(refusal));
    }
}
