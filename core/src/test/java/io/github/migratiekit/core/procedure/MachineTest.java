package io.github.migratiekit.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.legal.Sources;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The transition tables: how a table is built and read (tested on a table built here, so that the building code runs
 * under test and not only when the procedure classes load), and the properties every procedure's table must have.
 */
class MachineTest {

    private static final Transition.Effect NOTHING = d -> {};

    @Test
    void aTableAnswersWhichEventsAreAllowedAndWhere() {
        Machine m = Machine.builder(ProcedureKind.DEPARTURE)
                .on(
                        Phase.NOT_STARTED,
                        EventType.RETURN_DECISION_ISSUED,
                        Phase.RETURN_DECISION_ISSUED,
                        Sources.VW,
                        NOTHING)
                .on(
                        Phase.RETURN_DECISION_ISSUED,
                        EventType.ENTRY_BAN_IMPOSED,
                        s -> s.entryBan().isEmpty(),
                        Phase.RETURN_DECISION_ISSUED,
                        Sources.VW,
                        NOTHING)
                .onEach(
                        EnumSet.of(Phase.RETURN_DECISION_ISSUED, Phase.DEPARTED),
                        EventType.DEPARTED,
                        Phase.DEPARTED,
                        Sources.VW,
                        NOTHING)
                .staysIn(EnumSet.of(Phase.LODGED), EventType.TRACK_CHANGED, s -> false, Sources.AWB, NOTHING)
                .build();
        assertThat(m.kind()).isEqualTo(ProcedureKind.DEPARTURE);
        assertThat(m.transitions()).hasSize(5);
        assertThat(m.transitions())
                .extracting(Transition::from, Transition::event, Transition::to)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Phase.DEPARTED, EventType.DEPARTED, Phase.DEPARTED),
                        org.assertj.core.groups.Tuple.tuple(Phase.LODGED, EventType.TRACK_CHANGED, Phase.LODGED));
        ProcedureState start = Procedures.start(ProcedureKind.DEPARTURE);
        assertThat(m.allowed(start)).containsExactly(EventType.RETURN_DECISION_ISSUED);
        assertThat(m.find(start, EventType.RETURN_DECISION_ISSUED)).isPresent();
        assertThat(m.find(start, EventType.DEPARTED)).isEmpty();
        // no outcomes unless the table names them
        assertThat(m.outcomes(start)).isEmpty();
        assertThatThrownBy(() -> m.transitions().add(m.transitions().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTableHasOneRowPerPhaseAndEvent() {
        Machine.Builder b = Machine.builder(ProcedureKind.REGULAR)
                .on(Phase.LODGED, EventType.DECIDED, Phase.DECIDED, Sources.VW, NOTHING)
                .on(Phase.AWAITING_COMPLETION, EventType.DECIDED, Phase.DECIDED, Sources.VW, NOTHING)
                .on(Phase.LODGED, EventType.COMPLETION_REQUESTED, Phase.AWAITING_COMPLETION, Sources.VW, NOTHING);
        assertThatThrownBy(() -> b.on(Phase.LODGED, EventType.DECIDED, Phase.LODGED, Sources.AWB, NOTHING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LODGED")
                .hasMessageContaining("DECIDED");
        Machine m = b.outcomes(s -> EnumSet.of(Outcome.GRANTED)).build();
        assertThat(m.transitions()).hasSize(3);
        assertThat(m.outcomes(Procedures.start(ProcedureKind.REGULAR))).containsExactly(Outcome.GRANTED);
    }

    @Test
    void theSharedApplicationRowsUseThePeriodsTheyAreGiven() {
        // a table built here from the shared rows, with the general Awb periods, applied to a regular case
        Machine m = Applications.commonRows(
                        Machine.builder(ProcedureKind.REGULAR),
                        ProcedureKind.REGULAR,
                        new Applications.Periods("objection-period", "appeal-general", "appeal-general"),
                        d -> {})
                .build();
        java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 1);
        ProcedureState objected = Procedures.fold(
                ProcedureKind.REGULAR,
                List.of(
                        ProcedureEvent.ApplicationLodged.on(day.minusDays(100)),
                        new ProcedureEvent.Decided(day.minusDays(40), Outcome.REJECTED),
                        new ProcedureEvent.ObjectionLodged(day.minusDays(30))));
        ProcedureEvent decided = new ProcedureEvent.ObjectionDecided(day, Ruling.DISMISSED);
        Transition t = m.find(objected, EventType.OBJECTION_DECIDED).orElseThrow();
        Draft d = new Draft(objected, decided, "event", t);
        t.effect().apply(d);
        assertThat(d.recent.get(d.recent.size() - 1).term().ruleId()).isEqualTo("appeal-general");
        ProcedureState appealed =
                Procedures.fold(objected, List.of(decided, new ProcedureEvent.AppealLodged(day.plusDays(10))));
        ProcedureEvent judged = new ProcedureEvent.AppealDecided(day.plusDays(60), Ruling.DISMISSED);
        Transition u = m.find(appealed, EventType.APPEAL_DECIDED).orElseThrow();
        Draft e = new Draft(appealed, judged, "event", u);
        u.effect().apply(e);
        assertThat(e.recent.get(e.recent.size() - 1).term().ruleId()).isEqualTo("appeal-general");
        assertThat(e.recent.get(e.recent.size() - 1).term().id()).isEqualTo("further-appeal-period");
    }

    @Test
    void everyProcedureHasATableWhoseRowsCiteTheirSource() {
        for (ProcedureKind kind : ProcedureKind.values()) {
            Machine m = ProcedureState.machine(kind);
            assertThat(m.kind()).isEqualTo(kind);
            // a case can start: exactly one event from NOT_STARTED
            assertThat(m.allowed(Procedures.start(kind))).hasSize(1);
            Set<String> rows = new HashSet<>();
            for (Transition t : m.transitions()) {
                assertThat(rows.add(t.from() + " " + t.event()))
                        .as("%s %s", kind, t)
                        .isTrue();
                assertThat(t.source().citation()).as("%s %s", kind, t).isNotBlank();
                assertThat(t.source().instrument()).isNotBlank();
            }
        }
        // the first events of each kind
        assertThat(ProcedureState.machine(ProcedureKind.NAREIS).allowed(Procedures.start(ProcedureKind.NAREIS)))
                .containsExactly(EventType.SPONSOR_ASYLUM_GRANTED);
        assertThat(ProcedureState.machine(ProcedureKind.BORDER_ASYLUM)
                        .allowed(Procedures.start(ProcedureKind.BORDER_ASYLUM)))
                .containsExactly(EventType.BORDER_APPLICATION_LODGED);
        assertThat(List.of(ProcedureKind.ASYLUM, ProcedureKind.REGULAR, ProcedureKind.NATURALISATION))
                .allSatisfy(k -> assertThat(ProcedureState.machine(k).allowed(Procedures.start(k)))
                        .containsExactly(EventType.APPLICATION_LODGED));
    }
}
