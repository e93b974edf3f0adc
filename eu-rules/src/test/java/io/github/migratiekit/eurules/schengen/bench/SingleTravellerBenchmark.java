package io.github.migratiekit.eurules.schengen.bench;

import io.github.migratiekit.eurules.schengen.ControlResult;
import io.github.migratiekit.eurules.schengen.PlanningResult;
import io.github.migratiekit.eurules.schengen.PreparedHistory;
import io.github.migratiekit.eurules.schengen.SchengenMembership;
import io.github.migratiekit.eurules.schengen.ShortStayCalculator;
import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import io.github.migratiekit.eurules.schengen.testing.NaiveShortStay;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One traveller: control and planning with the interval algorithm against the naive day-set oracle, on the same
 * history in the same run. Both start from the {@link TravelHistory} and answer the same questions (control: days
 * used, unlawful days and the first of them, latest allowed date; planning: maximum stay and earliest entry).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleTravellerBenchmark {
    /** Stays x years. */
    @Param({"10x1", "100x5", "1000x20"})
    public String shape = "10x1";

    private TravelHistory history = BenchData.history(10, 1, 42);
    private LocalDate control = LocalDate.of(2014, 1, 1);
    private LocalDate entry = LocalDate.of(2014, 1, 1);
    private final ShortStayCalculator calc = ShortStayCalculator.standard();
    private PreparedHistory prepared = calc.prepare(history);
    private NaiveShortStay naive = NaiveShortStay.of(history, SchengenMembership.standard());
    private final SchengenMembership membership = SchengenMembership.standard();

    /** Builds the history. */
    @Setup
    public void setUp() {
        String[] p = shape.split("x");
        history = BenchData.history(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 42);
        Stay last = history.stays().get(history.stays().size() - 1);
        control = last.exit();
        entry = last.exit().plusDays(10);
        prepared = calc.prepare(history);
        naive = NaiveShortStay.of(history, membership);
    }

    /**
     * Control on a prepared history (intervals and whole-history unlawful days built once).
     *
     * @return the result
     */
    @Benchmark
    public ControlResult controlPrepared() {
        return prepared.control(control);
    }

    /**
     * Control on a prepared naive day set (days materialised once; unlawful days still counted per query, since
     * the naive model has no other way to find them).
     *
     * @param bh the sink
     */
    @Benchmark
    public void controlNaivePrepared(Blackhole bh) {
        bh.consume(naive.used(control));
        bh.consume(naive.unlawfulDays());
        bh.consume(naive.firstUnlawfulDay());
        bh.consume(naive.maxStay(control));
    }

    /**
     * Planning on a prepared history.
     *
     * @return the result
     */
    @Benchmark
    public PlanningResult planPrepared() {
        return prepared.plan(entry, 1);
    }

    /**
     * "When can I come back for a full 90 days?" on a prepared history.
     *
     * @return the result
     */
    @Benchmark
    public PlanningResult planFull90Prepared() {
        return prepared.plan(entry, 90);
    }

    /**
     * "When can I come back for a full 90 days?" on a prepared naive day set.
     *
     * @param bh the sink
     */
    @Benchmark
    public void planFull90NaivePrepared(Blackhole bh) {
        bh.consume(naive.maxStay(entry));
        bh.consume(naive.earliestEntry(entry, 90));
    }

    /**
     * Planning on a prepared naive day set.
     *
     * @param bh the sink
     */
    @Benchmark
    public void planNaivePrepared(Blackhole bh) {
        bh.consume(naive.maxStay(entry));
        bh.consume(naive.earliestEntry(entry, 1));
    }

    /**
     * Control with the interval algorithm.
     *
     * @return the result
     */
    @Benchmark
    public ControlResult controlInterval() {
        return calc.control(history, control);
    }

    /**
     * Control with the naive oracle.
     *
     * @param bh the sink
     */
    @Benchmark
    public void controlNaive(Blackhole bh) {
        NaiveShortStay n = NaiveShortStay.of(history, membership);
        bh.consume(n.used(control));
        bh.consume(n.unlawfulDays());
        bh.consume(n.firstUnlawfulDay());
        bh.consume(n.maxStay(control));
    }

    /**
     * Planning with the interval algorithm.
     *
     * @return the result
     */
    @Benchmark
    public PlanningResult planInterval() {
        return calc.plan(history, entry, 1);
    }

    /**
     * Planning with the naive oracle.
     *
     * @param bh the sink
     */
    @Benchmark
    public void planNaive(Blackhole bh) {
        NaiveShortStay n = NaiveShortStay.of(history, membership);
        bh.consume(n.maxStay(entry));
        bh.consume(n.earliestEntry(entry, 1));
    }
}
