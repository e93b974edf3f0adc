package io.github.migratiekit.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.procedure.testing.ProcedureGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The procedures against an independent description of them, written here from the law and the docs
 * (docs/permits-and-procedures.md section 1), not from the transition tables: after each event of a generated case,
 * the phase it leads to, the terms it meets and the terms it starts.
 */
class TransitionOracleTest {

    /** The phase each event leads to; absent: the case stays in its phase. */
    private static final Map<EventType, Phase> NEXT_PHASE = new EnumMap<>(EventType.class);

    /** The term each event ends (meets), if any. */
    private static final Map<EventType, String> ENDS = new EnumMap<>(EventType.class);

    static {
        NEXT_PHASE.put(EventType.APPLICATION_LODGED, Phase.LODGED);
        NEXT_PHASE.put(EventType.BORDER_APPLICATION_LODGED, Phase.LODGED);
        NEXT_PHASE.put(EventType.ADMITTED_TO_REGULAR_PROCEDURE, Phase.LODGED);
        NEXT_PHASE.put(EventType.REGISTERED, Phase.REGISTERED);
        NEXT_PHASE.put(EventType.REST_AND_PREPARATION_STARTED, Phase.REST_AND_PREPARATION);
        NEXT_PHASE.put(EventType.TRACK_ASSIGNED, Phase.IN_TRACK);
        NEXT_PHASE.put(EventType.INTENTION_ISSUED, Phase.INTENTION_ISSUED);
        NEXT_PHASE.put(EventType.VIEW_SUBMITTED, Phase.VIEW_SUBMITTED);
        NEXT_PHASE.put(EventType.COMPLETION_REQUESTED, Phase.AWAITING_COMPLETION);
        NEXT_PHASE.put(EventType.APPLICATION_COMPLETED, Phase.LODGED);
        NEXT_PHASE.put(EventType.DECIDED, Phase.DECIDED);
        NEXT_PHASE.put(EventType.OBJECTION_LODGED, Phase.OBJECTION_LODGED);
        NEXT_PHASE.put(EventType.OBJECTION_DECIDED, Phase.OBJECTION_DECIDED);
        NEXT_PHASE.put(EventType.APPEAL_LODGED, Phase.APPEAL_LODGED);
        NEXT_PHASE.put(EventType.APPEAL_DECIDED, Phase.APPEAL_DECIDED);
        NEXT_PHASE.put(EventType.FURTHER_APPEAL_LODGED, Phase.FURTHER_APPEAL_LODGED);
        NEXT_PHASE.put(EventType.FURTHER_APPEAL_DECIDED, Phase.FURTHER_APPEAL_DECIDED);
        NEXT_PHASE.put(EventType.SIDE_INTAKE, Phase.IN_TRACK);
        NEXT_PHASE.put(EventType.SPONSOR_ASYLUM_GRANTED, Phase.SPONSOR_GRANTED);
        NEXT_PHASE.put(EventType.MVV_ISSUED, Phase.MVV_ISSUED);
        NEXT_PHASE.put(EventType.MVV_COLLECTED, Phase.MVV_COLLECTED);
        NEXT_PHASE.put(EventType.ENTERED, Phase.ENTERED);
        NEXT_PHASE.put(EventType.PERMIT_GRANTED, Phase.PERMIT_GRANTED);
        NEXT_PHASE.put(EventType.CEREMONY_ATTENDED, Phase.NATURALISED);
        NEXT_PHASE.put(EventType.RETURN_DECISION_ISSUED, Phase.RETURN_DECISION_ISSUED);
        NEXT_PHASE.put(EventType.DEPARTED, Phase.DEPARTED);
        // track-changed, decision-period-suspended, decision-period-extended, entry-ban-imposed: no phase change

        ENDS.put(EventType.OBJECTION_LODGED, "objection-period");
        ENDS.put(EventType.OBJECTION_DECIDED, "objection-decision");
        ENDS.put(EventType.APPEAL_LODGED, "appeal-period");
        ENDS.put(EventType.APPEAL_DECIDED, "court-decision");
        ENDS.put(EventType.FURTHER_APPEAL_LODGED, "further-appeal-period");
        ENDS.put(EventType.FURTHER_APPEAL_DECIDED, "further-appeal-court-decision");
        ENDS.put(EventType.MVV_COLLECTED, "mvv-collection");
        ENDS.put(EventType.ENTERED, "mvv-entry");
        ENDS.put(EventType.DEPARTED, "departure-period");
        ENDS.put(EventType.ADMITTED_TO_REGULAR_PROCEDURE, "border-decision");
    }

    private static boolean asylum(ProcedureKind k) {
        return k == ProcedureKind.ASYLUM || k == ProcedureKind.BORDER_ASYLUM;
    }

    /** The ids of the terms an event starts, from the description of the procedures. */
    private static List<String> starts(ProcedureState before, ProcedureEvent e, ProcedureState after) {
        List<String> ids = new ArrayList<>();
        ProcedureKind k = before.kind();
        switch (e.eventType()) {
            case APPLICATION_LODGED, ADMITTED_TO_REGULAR_PROCEDURE -> ids.add("decision");
            case BORDER_APPLICATION_LODGED -> ids.add("border-decision");
            case SIDE_INTAKE -> {
                if (((ProcedureEvent.SideIntake) e).reason() == SideIntakeReason.DUBLIN_TRANSFER_FAILED) {
                    ids.add("decision");
                }
            }
            case SPONSOR_ASYLUM_GRANTED -> ids.add("nareis-application");
            case DECIDED -> {
                Outcome o = ((ProcedureEvent.Decided) e).outcome();
                if (o != Outcome.GRANTED && o != Outcome.WITHDRAWN) {
                    if (asylum(k)) {
                        ids.add("appeal-period");
                        // a rejection is a return decision with four weeks to leave (Vw 2000 art. 45, 62), except
                        // at the border, after a Dublin decision, and in track 2 (leave at once)
                        if (k == ProcedureKind.ASYLUM
                                && o != Outcome.NOT_CONSIDERED_DUBLIN
                                && !before.track().equals(Optional.of(Track.TRACK_2_SAFE_COUNTRY))) {
                            ids.add("departure-period");
                        }
                    } else {
                        ids.add("objection-period");
                    }
                }
            }
            case OBJECTION_LODGED -> ids.add("objection-decision");
            case OBJECTION_DECIDED -> ids.add("appeal-period");
            case APPEAL_LODGED -> {
                if (asylum(k)) {
                    ids.add("court-decision");
                }
            }
            case APPEAL_DECIDED -> ids.add("further-appeal-period");
            case FURTHER_APPEAL_LODGED -> {
                if (asylum(k)) {
                    ids.add("further-appeal-court-decision");
                }
            }
            case MVV_ISSUED -> ids.add("mvv-collection");
            case MVV_COLLECTED -> ids.add("mvv-entry");
            case RETURN_DECISION_ISSUED -> {
                if (!((ProcedureEvent.ReturnDecisionIssued) e).shortenedToDays().equals(Optional.of(0))) {
                    ids.add("departure-period");
                }
            }
            case DEPARTED -> {
                if (before.events().stream().anyMatch(x -> x.eventType() == EventType.ENTRY_BAN_IMPOSED)) {
                    ids.add("entry-ban");
                }
            }
            default -> {}
        }
        return ids;
    }

    @Test
    void everyEventLeadsToThePhaseAndTermsTheLawDescribes() {
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        qt().withExamples(ProcedureGenerators.examples(500))
                .forAll(ProcedureGenerators.cases())
                .checkAssert(c -> {
                    ProcedureState s = Procedures.start(c.kind());
                    for (ProcedureEvent e : c.events()) {
                        ProcedureState next = s.apply(e);
                        EventType type = e.eventType();
                        seen.add(type);
                        // the phase
                        assertThat(next.phase())
                                .as("%s in %s", type, s.phase())
                                .isEqualTo(NEXT_PHASE.getOrDefault(type, s.phase()));
                        // exactly the terms it starts, each from the event's day (an objection's decision period
                        // from the last day of the objection period; a decision period after admission from the
                        // lodging at the border)
                        List<String> expected = starts(s, e, next);
                        List<RunningTerm> added = next.terms()
                                .subList(s.terms().size(), next.terms().size());
                        assertThat(added)
                                .extracting(RunningTerm::id)
                                .as("%s", type)
                                .isEqualTo(expected);
                        for (RunningTerm t : added) {
                            assertThat(t.open()).isTrue();
                            if (type != EventType.OBJECTION_LODGED && type != EventType.ADMITTED_TO_REGULAR_PROCEDURE) {
                                assertThat(t.start()).isEqualTo(e.date());
                            }
                        }
                        // the term it ends is met (in time or late) on the event's day, and none of that kind stays
                        // open
                        String ended = ENDS.get(type);
                        if (type == EventType.DECIDED) {
                            ended = s.kind() == ProcedureKind.BORDER_ASYLUM ? "border-decision" : "decision";
                        }
                        if (type == EventType.APPLICATION_LODGED && s.kind() == ProcedureKind.NAREIS) {
                            ended = "nareis-application";
                        }
                        if (ended != null && s.openTerm(ended).isPresent()) {
                            String id = ended;
                            assertThat(next.openTerm(id))
                                    .as("%s still open after %s", id, type)
                                    .isEmpty();
                            RunningTerm met = next.terms().stream()
                                    .filter(t ->
                                            t.id().equals(id) && t.stoppedOn().equals(Optional.of(e.date())))
                                    .findFirst()
                                    .orElseThrow(() -> new AssertionError(id + " not met by " + type));
                            assertThat(met.superseded()).isFalse();
                        }
                        // a side intake supersedes every term that was open; no other event supersedes one
                        for (int i = 0; i < s.terms().size(); i++) {
                            RunningTerm was = s.terms().get(i);
                            RunningTerm now = next.terms().get(i);
                            assertThat(now.superseded())
                                    .isEqualTo(was.superseded() || (type == EventType.SIDE_INTAKE && was.open()));
                        }
                        // the history gains the event's steps, the first dated on its day
                        int before = s.history().steps().size();
                        List<io.github.migratiekit.core.legal.ExplanationStep> steps =
                                next.history().steps();
                        assertThat(steps.subList(0, before))
                                .isEqualTo(s.history().steps());
                        assertThat(steps.size()).isGreaterThan(before);
                        assertThat(steps.get(before).text()).startsWith(e.date() + ": ");
                        assertThat(steps.get(before).source()).isPresent();
                        s = next;
                    }
                });
        // with the ordinary number of examples the generated cases reach every kind of event
        if (ProcedureGenerators.examples(500) >= 500) {
            assertThat(seen).isEqualTo(EnumSet.allOf(EventType.class));
        }
    }

    @Test
    void aCaseChangesKindOnlyWhereTheLawSaysSo() {
        Map<ProcedureKind, Set<ProcedureKind>> allowed = new HashMap<>();
        allowed.put(ProcedureKind.BORDER_ASYLUM, EnumSet.of(ProcedureKind.BORDER_ASYLUM, ProcedureKind.ASYLUM));
        allowed.put(ProcedureKind.NAREIS, EnumSet.of(ProcedureKind.NAREIS, ProcedureKind.REGULAR));
        qt().withExamples(ProcedureGenerators.examples(300))
                .forAll(ProcedureGenerators.cases())
                .checkAssert(c -> {
                    ProcedureState s = Procedures.start(c.kind());
                    for (ProcedureEvent e : c.events()) {
                        ProcedureState next = s.apply(e);
                        if (next.kind() != s.kind()) {
                            // admission or a side intake (to asylum), or a late nareis application (to regular)
                            assertThat(e.eventType())
                                    .isIn(
                                            EventType.ADMITTED_TO_REGULAR_PROCEDURE,
                                            EventType.SIDE_INTAKE,
                                            EventType.APPLICATION_LODGED);
                        }
                        assertThat(next.kind())
                                .isIn(allowed.getOrDefault(c.kind(), EnumSet.of(c.kind()))
                                        .toArray());
                        if (e.eventType() == EventType.APPLICATION_LODGED && s.kind() == ProcedureKind.NAREIS) {
                            LocalDate last = s.openTerm("nareis-application")
                                    .orElseThrow()
                                    .deadline(s.rules(), List.of())
                                    .deadline();
                            assertThat(next.kind())
                                    .isEqualTo(e.date().isAfter(last) ? ProcedureKind.REGULAR : ProcedureKind.NAREIS);
                        }
                        s = next;
                    }
                });
    }
}
