package io.github.migratiekit.eurules.schengen.bench;

import io.github.migratiekit.eurules.schengen.ControlColumns;
import io.github.migratiekit.eurules.schengen.ShortStayBatch;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The batch API on 1 000 000 travellers x 10 stays (over two years), single-threaded. Scores are stays per second
 * on one core ({@code @OperationsPerInvocation} = number of stays).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {
    static final int TRAVELLERS = 1_000_000;
    static final int STAYS = 10;

    private ShortStayBatch batch = ShortStayBatch.of(new int[] {0}, new int[0], new int[0]);
    private ControlColumns out = ControlColumns.allocate(0);
    private int[] controlDays = new int[0];
    private int[] used = new int[0];
    private int[] maxStay = new int[0];
    private int[] earliest = new int[0];
    private int day;

    /** Builds the columns. */
    @Setup
    public void setUp() {
        int[][] c = BenchData.columns(TRAVELLERS, STAYS, 7);
        batch = ShortStayBatch.of(c[0], c[1], c[2]);
        out = ControlColumns.allocate(TRAVELLERS);
        day = (int) BenchData.START.toEpochDay() + 400;
        controlDays = new int[TRAVELLERS];
        Arrays.fill(controlDays, day);
        used = new int[TRAVELLERS];
        maxStay = new int[TRAVELLERS];
        earliest = new int[TRAVELLERS];
    }

    /**
     * Days used on each traveller's control day (the border-crossing query).
     *
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(TRAVELLERS * STAYS)
    public int batchDaysUsed() {
        batch.daysUsed(controlDays, used);
        return used[TRAVELLERS - 1];
    }

    /**
     * Full control: days used, remaining, overstay, unlawful days over the whole history, latest allowed date.
     *
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(TRAVELLERS * STAYS)
    public int batchControl() {
        batch.control(day, out);
        return out.unlawfulDays()[TRAVELLERS - 1];
    }

    /**
     * Planning: maximum stay and earliest entry for one day.
     *
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(TRAVELLERS * STAYS)
    public int batchPlan() {
        batch.plan(day, 1, maxStay, earliest);
        return earliest[TRAVELLERS - 1];
    }
}
