package io.github.migratiekit.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.procedure.testing.ProcedureGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Stateful properties over generated valid event sequences of every kind of procedure. */
class ProcedurePropertiesTest {
    private static final Set<Phase> PRE_DECISION = EnumSet.of(
            Phase.LODGED,
            Phase.REGISTERED,
            Phase.REST_AND_PREPARATION,
            Phase.IN_TRACK,
            Phase.INTENTION_ISSUED,
            Phase.VIEW_SUBMITTED,
            Phase.AWAITING_COMPLETION);

    private static final Gen<ProcedureCase> CASES = ProcedureGenerators.cases();

    /** The invariants every reachable state must satisfy, checked independently of the transition code. */
    static void assertValidState(ProcedureState s) {
        List<ProcedureEvent> events = s.events();
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).date()).isAfterOrEqualTo(events.get(i - 1).date());
        }
        if (events.isEmpty()) {
            assertThat(s.phase()).isEqualTo(Phase.NOT_STARTED);
            return;
        }
        assertThat(s.phase()).isNotEqualTo(Phase.NOT_STARTED);
        if (s.phase() == Phase.DECIDED) {
            assertThat(s.outcome()).isPresent();
        }
        if (s.kind() == ProcedureKind.ASYLUM
                && EnumSet.of(Phase.IN_TRACK, Phase.INTENTION_ISSUED, Phase.VIEW_SUBMITTED)
                        .contains(s.phase())) {
            assertThat(s.track()).isPresent();
        }
        if (EnumSet.of(Phase.APPEAL_DECIDED, Phase.FURTHER_APPEAL_DECIDED, Phase.OBJECTION_DECIDED)
                .contains(s.phase())) {
            assertThat(s.ruling()).isPresent();
        }
        // at most one open term of each kind
        Set<String> open = new HashSet<>();
        for (RunningTerm t : s.terms()) {
            if (t.open()) {
                assertThat(open.add(t.id())).as("two open %s terms", t.id()).isTrue();
            }
            // ended by a later event (an objection may be decided before its decision period formally starts)
            t.stoppedOn().ifPresent(day -> assertThat(day)
                    .isAfterOrEqualTo(events.get(0).date()));
        }
        // no decision period stays open once decided
        if (!PRE_DECISION.contains(s.phase())) {
            assertThat(open).doesNotContain("decision", "border-decision");
        }
        // a closed case allows nothing, an open one allows something
        assertThat(s.closed()).isEqualTo(s.allowedEvents().isEmpty());
        // the report agrees with the terms and is consistent
        LocalDate last = s.lastEventDate().orElseThrow();
        CaseReport r = s.report(last);
        assertThat(r.deadlines()).hasSize(s.terms().size());
        for (DeadlineReport d : r.deadlines()) {
            assertThat(d.status() == TermStatus.MET
                            || d.status() == TermStatus.MET_LATE
                            || d.status() == TermStatus.SUPERSEDED)
                    .isEqualTo(d.stoppedOn().isPresent());
            assertExplained(d, last);
        }
        r.next().ifPresent(n -> {
            assertThat(n.status()).isEqualTo(TermStatus.RUNNING);
            assertThat(r.deadlines())
                    .filteredOn(d -> d.status() == TermStatus.RUNNING)
                    .allSatisfy(d -> assertThat(d.deadline()).isAfterOrEqualTo(n.deadline()));
        });
    }

    /** The key facts of a term's explanation: how it was counted, its last day, and its status with what follows. */
    static void assertExplained(DeadlineReport d, LocalDate on) {
        String why = d.explanation().toString();
        // counted from its start, ending on its last day
        assertThat(why).contains("runs from " + d.start()).contains(d.deadline().toString());
        switch (d.status()) {
            case MET ->
                assertThat(why)
                        .contains(
                                "Ended in time by the event on " + d.stoppedOn().orElseThrow());
            case MET_LATE ->
                assertThat(why)
                        .contains("Ended by the event on " + d.stoppedOn().orElseThrow() + ", "
                                + d.deadline().until(d.stoppedOn().orElseThrow(), java.time.temporal.ChronoUnit.DAYS)
                                + " days after the last day");
            case SUPERSEDED ->
                assertThat(why)
                        .contains("Superseded on " + d.stoppedOn().orElseThrow() + ": the case was taken up again");
            case LAPSED -> assertThat(why).contains("Lapsed on " + d.deadline() + ": " + d.consequence());
            case RUNNING -> assertThat(why).contains("When it lapses: " + d.consequence());
        }
        assertThat(d.status() == TermStatus.LAPSED).isEqualTo(d.stoppedOn().isEmpty() && on.isAfter(d.deadline()));
        for (String w : d.warnings()) {
            assertThat(why).contains("Warning: " + w);
        }
    }

    @Test
    void validSequencesNeverReachAnInvalidState() {
        qt().withExamples(ProcedureGenerators.examples(400)).forAll(CASES).checkAssert(c -> {
            ProcedureState s = Procedures.start(c.kind());
            assertValidState(s);
            for (ProcedureEvent e : c.events()) {
                s = s.apply(e);
                assertValidState(s);
            }
        });
    }

    @Test
    void foldingInTwoPartsEqualsFoldingAllAtOnce() {
        qt().withExamples(ProcedureGenerators.examples(300))
                .forAll(CASES, Generate.range(0, 14))
                .checkAssert((c, split) -> {
                    ProcedureState all = Procedures.fold(c.kind(), c.events());
                    int k = Math.min(split, c.events().size());
                    ProcedureState twoParts = Procedures.fold(
                            Procedures.fold(c.kind(), c.events().subList(0, k)),
                            c.events().subList(k, c.events().size()));
                    assertThat(twoParts).isEqualTo(all).hasSameHashCodeAs(all);
                    assertThat(twoParts.events()).isEqualTo(c.events());
                    LocalDate on = all.lastEventDate().orElse(LocalDate.of(2020, 1, 1));
                    assertThat(twoParts.report(on)).isEqualTo(all.report(on));
                });
    }

    @Test
    void statesAreEqualExactlyWhenTheirCasesAre() {
        // the events determine the state: equal cases give equal states, and a case with one event less (or of
        // another kind) gives a different state; checked field by field through the public view
        qt().withExamples(ProcedureGenerators.examples(300))
                .forAll(CASES, CASES)
                .checkAssert((a, b) -> {
                    ProcedureState sa = a.fold();
                    ProcedureState sb = b.fold();
                    assertThat(sa.equals(sb)).isEqualTo(a.equals(b));
                    assertThat(sa)
                            .isEqualTo(a.fold())
                            .hasSameHashCodeAs(a.fold())
                            .isNotEqualTo(a);
                    if (!a.events().isEmpty()) {
                        ProcedureState shorter = Procedures.fold(
                                a.kind(), a.events().subList(0, a.events().size() - 1));
                        assertThat(sa).isNotEqualTo(shorter);
                        assertThat(shorter).isNotEqualTo(sa);
                    }
                    ProcedureKind other =
                            a.kind() == ProcedureKind.DEPARTURE ? ProcedureKind.ASYLUM : ProcedureKind.DEPARTURE;
                    assertThat(Procedures.start(a.kind())).isNotEqualTo(Procedures.start(other));
                });
    }

    @Test
    void insertingAnInvalidEventAnywhereIsRejectedWithoutChangingTheState() {
        qt().withExamples(ProcedureGenerators.examples(300))
                .forAll(CASES, Generate.range(0, 14), Generate.range(0, 1000), Generate.range(0, 30))
                .checkAssert((c, at, choice, gap) -> {
                    int i = Math.min(at, c.events().size());
                    ProcedureState before = Procedures.fold(c.kind(), c.events().subList(0, i));
                    List<EventType> forbidden =
                            new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(setOrEmpty(before.allowedEvents()))));
                    EventType type = forbidden.get(choice % forbidden.size());
                    LocalDate date = before.lastEventDate()
                            .orElse(LocalDate.of(2020, 1, 1))
                            .plusDays(gap);
                    ProcedureEvent bad = ProcedureGenerators.event(before, type, date, n -> choice % Math.max(n, 1));
                    assertThatThrownBy(() -> before.apply(bad))
                            .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                                assertThat(e.phase()).isEqualTo(before.phase());
                                assertThat(e.kind()).isEqualTo(before.kind());
                                assertThat(e.event()).isEqualTo(type);
                                assertThat(e.getMessage())
                                        .contains(type.jsonName())
                                        .contains(before.phase().name());
                            });
                    assertThat(before)
                            .isEqualTo(Procedures.fold(c.kind(), c.events().subList(0, i)));
                    assertThat(before.events()).hasSize(i);
                    List<ProcedureEvent> withBad = new ArrayList<>(c.events());
                    withBad.add(i, bad);
                    assertThatThrownBy(() -> Procedures.fold(c.kind(), withBad))
                            .isInstanceOf(InvalidTransitionException.class)
                            .hasMessageStartingWith("events[" + i + "]");
                });
    }

    @Test
    void anEventDatedBeforeThePreviousOneIsRejected() {
        qt().withExamples(ProcedureGenerators.examples(200))
                .forAll(CASES, Generate.range(1, 400))
                .checkAssert((c, back) -> {
                    ProcedureState s = Procedures.fold(c.kind(), c.events());
                    if (s.closed() || s.lastEventDate().isEmpty()) {
                        return;
                    }
                    EventType type = s.allowedEvents().iterator().next();
                    LocalDate date = s.lastEventDate().get().minusDays(back);
                    ProcedureEvent early = ProcedureGenerators.event(s, type, date, n -> 0);
                    if (!early.date().isBefore(s.lastEventDate().get())) {
                        return; // a suspension is dated the day after: not early
                    }
                    assertThatThrownBy(() -> s.apply(early))
                            .isInstanceOf(InvalidTransitionException.class)
                            .hasMessageContaining("before the previous event");
                });
    }

    @Test
    void everyReportedDeadlineIsOnOrAfterTheEventThatStartedIt() {
        qt().withExamples(ProcedureGenerators.examples(400))
                .forAll(CASES, Generate.range(-30, 400))
                .checkAssert((c, offset) -> {
                    ProcedureState s = Procedures.fold(c.kind(), c.events());
                    if (c.events().isEmpty()) {
                        return;
                    }
                    LocalDate first = c.events().get(0).date();
                    CaseReport r = s.report(s.lastEventDate().orElseThrow().plusDays(offset));
                    for (DeadlineReport d : r.deadlines()) {
                        assertExplained(d, r.on());
                        assertThat(d.deadline()).isAfterOrEqualTo(d.start());
                        assertThat(d.start()).isAfterOrEqualTo(first);
                        assertThat(d.daysLeft())
                                .isEqualTo(r.on().until(d.deadline(), java.time.temporal.ChronoUnit.DAYS));
                    }
                });
    }

    @Test
    void aLaterReportDayNeverTurnsALapsedTermBackIntoARunningOne() {
        qt().withExamples(ProcedureGenerators.examples(200))
                .forAll(CASES, Generate.range(0, 200), Generate.range(0, 200))
                .checkAssert((c, a, b) -> {
                    ProcedureState s = Procedures.fold(c.kind(), c.events());
                    LocalDate base = s.lastEventDate().orElse(LocalDate.of(2020, 1, 1));
                    CaseReport early = s.report(base.plusDays(Math.min(a, b)));
                    CaseReport late = s.report(base.plusDays(Math.max(a, b)));
                    for (int i = 0; i < early.deadlines().size(); i++) {
                        if (early.deadlines().get(i).status() == TermStatus.LAPSED) {
                            assertThat(late.deadlines().get(i).status()).isEqualTo(TermStatus.LAPSED);
                        }
                    }
                });
    }

    @Test
    void suspensionsNeverMakeTheDecisionDeadlineEarlier() {
        qt().withExamples(ProcedureGenerators.examples(300))
                .forAll(
                        Generate.range(0, 4000),
                        Generate.range(0, 120),
                        Generate.range(0, 60),
                        Generate.enumValues(ProcedureKind.class))
                .checkAssert((day, after, length, kind) -> {
                    if (kind == ProcedureKind.DEPARTURE
                            || kind == ProcedureKind.BORDER_ASYLUM
                            || kind == ProcedureKind.NAREIS) {
                        return;
                    }
                    LocalDate lodged = LocalDate.of(2018, 6, 1).plusDays(day);
                    ProcedureState base = Procedures.fold(kind, List.of(ProcedureEvent.ApplicationLodged.on(lodged)));
                    LocalDate first = lodged.plusDays(1 + after);
                    ProcedureState suspended = base.apply(new ProcedureEvent.DecisionPeriodSuspended(
                            first,
                            first.plusDays(length),
                            io.github.migratiekit.core.time.SuspensionGround.APPLICANT_DELAY));
                    LocalDate without = base.report(lodged).deadlines().get(0).deadline();
                    LocalDate with = suspended.report(lodged).deadlines().get(0).deadline();
                    assertThat(with).isAfterOrEqualTo(without);
                    if (first.isAfter(without)) {
                        // Awb 4:15: a suspension that begins after the term ended has no effect
                        assertThat(with).isEqualTo(without);
                    }
                });
    }

    @Test
    void casesRoundTripThroughJson() {
        qt().withExamples(ProcedureGenerators.examples(300)).forAll(CASES).checkAssert(c -> {
            String json = Json.write(c);
            ProcedureCase back = Json.read(json, ProcedureCase.class);
            assertThat(back).isEqualTo(c);
            assertThat(back.fold()).isEqualTo(c.fold());
        });
    }

    @Test
    void badEventJsonNamesThePath() {
        String json =
                "{\"kind\":\"DEPARTURE\",\"events\":[{\"type\":\"return-decision-issued\",\"date\":\"2026-03-12\"},"
                        + "{\"type\":\"entry-ban-imposed\",\"date\":\"2026-03-12\",\"length\":\"P3Y\",\"ground\":\"STANDARD\"}]}";
        assertThatThrownBy(() -> Json.read(json, ProcedureCase.class))
                .isInstanceOf(io.github.migratiekit.core.InvalidInputException.class)
                .hasMessageContaining("$.events[1]")
                .hasMessageContaining("length");
        assertThatThrownBy(() -> Json.read(
                        "{\"kind\":\"ASYLUM\",\"events\":[{\"type\":\"no-such-event\",\"date\":\"2026-03-12\"}]}",
                        ProcedureCase.class))
                .isInstanceOf(io.github.migratiekit.core.InvalidInputException.class)
                .hasMessageContaining("$.events[0]");
    }

    private static Set<EventType> setOrEmpty(Set<EventType> s) {
        return s.isEmpty() ? EnumSet.noneOf(EventType.class) : s;
    }
}
