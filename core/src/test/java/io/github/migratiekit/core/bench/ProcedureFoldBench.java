package io.github.migratiekit.core.bench;

import io.github.migratiekit.core.procedure.Outcome;
import io.github.migratiekit.core.procedure.ProcedureEvent;
import io.github.migratiekit.core.procedure.ProcedureKind;
import io.github.migratiekit.core.procedure.ProcedureState;
import io.github.migratiekit.core.procedure.Procedures;
import io.github.migratiekit.core.procedure.SideIntakeReason;
import io.github.migratiekit.core.procedure.Track;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Folding a case of {@code events} events, for the sequences that can grow without bound: track changes
 * (spoorwissel back and forth), requests to complete a regular application and their completion (each adds a
 * suspension to the decision period), suspensions and extensions of one decision period, and Dublin decisions
 * followed by a side intake (each cycle adds two terms). The fold is linear when the time for 10 000 events is about ten times the time
 * for 1 000 in the same run (a quadratic fold gives about a hundred).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProcedureFoldBench {
    private static final LocalDate LODGED = LocalDate.of(2026, 1, 5);

    /** The kind of sequence. */
    @Param({"track-changes", "completion-cycles", "suspensions", "extensions", "side-intakes"})
    public String sequence;

    /** The number of events folded. */
    @Param({"1000", "10000"})
    public int events;

    private ProcedureKind kind;
    private List<ProcedureEvent> list;

    @Setup
    public void setUp() {
        list = new ArrayList<>();
        switch (sequence) {
            case "track-changes":
                kind = ProcedureKind.ASYLUM;
                list.add(ProcedureEvent.ApplicationLodged.on(LODGED));
                list.add(new ProcedureEvent.Registered(LODGED));
                list.add(new ProcedureEvent.TrackAssigned(LODGED, Track.TRACK_4_GENERAL));
                while (list.size() < events) {
                    Track next = list.size() % 2 == 1 ? Track.TRACK_4_EXTENDED : Track.TRACK_4_GENERAL;
                    list.add(new ProcedureEvent.TrackChanged(LODGED.plusDays(1), next));
                }
                break;
            case "completion-cycles":
                kind = ProcedureKind.REGULAR;
                list.add(ProcedureEvent.ApplicationLodged.on(LODGED));
                LocalDate day = LODGED;
                while (list.size() < events) {
                    list.add(new ProcedureEvent.CompletionRequested(day));
                    day = day.plusDays(1);
                    list.add(new ProcedureEvent.ApplicationCompleted(day));
                }
                break;
            case "suspensions":
                kind = ProcedureKind.REGULAR;
                list.add(ProcedureEvent.ApplicationLodged.on(LODGED));
                while (list.size() < events) {
                    LocalDate first = LODGED.plusDays(1);
                    list.add(new ProcedureEvent.DecisionPeriodSuspended(
                            first, first.plusDays(list.size() % 3), SuspensionGround.APPLICANT_DELAY));
                }
                break;
            case "extensions":
                kind = ProcedureKind.REGULAR;
                list.add(ProcedureEvent.ApplicationLodged.on(LODGED));
                while (list.size() < events) {
                    list.add(new ProcedureEvent.DecisionPeriodExtended(
                            LODGED.plusDays(1), Period.ofDays(1), ExtensionBasis.AWB_4_14));
                }
                break;
            case "side-intakes":
                kind = ProcedureKind.ASYLUM;
                list.add(ProcedureEvent.ApplicationLodged.on(LODGED));
                list.add(new ProcedureEvent.Registered(LODGED));
                list.add(new ProcedureEvent.TrackAssigned(LODGED, Track.TRACK_1_DUBLIN));
                while (list.size() < events) {
                    list.add(new ProcedureEvent.Decided(LODGED.plusDays(1), Outcome.NOT_CONSIDERED_DUBLIN));
                    list.add(new ProcedureEvent.SideIntake(
                            LODGED.plusDays(1), SideIntakeReason.DUBLIN_TRANSFER_FAILED, Track.TRACK_1_DUBLIN));
                }
                break;
            default:
                throw new IllegalArgumentException(sequence);
        }
    }

    @Benchmark
    public ProcedureState fold() {
        return Procedures.fold(kind, list);
    }
}
