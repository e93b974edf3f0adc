package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.TermIds.APPEAL_PERIOD;
import static io.github.migratiekit.core.procedure.TermIds.COURT_DECISION;
import static io.github.migratiekit.core.procedure.TermIds.FURTHER_APPEAL_PERIOD;
import static io.github.migratiekit.core.procedure.TermIds.FURTHER_COURT_DECISION;
import static io.github.migratiekit.core.procedure.TermIds.OBJECTION_DECISION;
import static io.github.migratiekit.core.procedure.TermIds.OBJECTION_PERIOD;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.procedure.ProcedureEvent.AppealDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.FurtherAppealDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.ObjectionDecided;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The legal remedies after a decision: objection (bezwaar, Awb ch. 7), appeal to the district court and further
 * appeal to the Council of State (Awb ch. 6 and 8, Vw 2000 ch. 7), with the periods each of them starts.
 */
final class Remedies {
    private Remedies() {}

    /** What follows when a remedy period lapses unused. */
    static final LegalSource FINAL = Sources.AWB.withArticle("art. 6:7 and 6:11");

    static final String FINAL_IF_NO_OBJECTION = "If no objection is lodged by then, the decision becomes final.";
    static final String FINAL_IF_NO_APPEAL = "If no appeal is lodged by then, the decision becomes final; a late appeal"
            + " is admissible only if the delay is excusable.";

    /** The objection period after an adverse decision on an application, of a rule of the procedure terms. */
    static void startObjectionPeriod(Draft d, String ruleId) {
        d.add(RunningTerm.ofRule(d.rules(), OBJECTION_PERIOD, ruleId, d.date(), FINAL_IF_NO_OBJECTION, FINAL));
    }

    /** {@code objection-lodged}: the objection period is met; the authority's decision period on it starts. */
    static void objectionLodged(Draft d) {
        LocalDate date = d.date();
        Optional<RunningTerm> period = d.openTerm(OBJECTION_PERIOD);
        d.stop(OBJECTION_PERIOD, date);
        LocalDate from = period.map(d::lastDay).orElse(date);
        d.step(date + ": objection lodged" + d.lateNote(period) + ".", d.source());
        d.add(RunningTerm.ofRule(
                d.rules(),
                OBJECTION_DECISION,
                "objection",
                from,
                "The authority is in default: the objector may give notice of default and appeal for failure to"
                        + " decide in time.",
                DecisionPeriods.DEFAULT_CONSEQUENCE));
    }

    /** {@code objection-decided}: the appeal period of a rule of the procedure terms starts. */
    static Transition.Effect objectionDecided(String appealRuleId) {
        return d -> {
            Ruling r = ((ObjectionDecided) d.event()).ruling();
            d.stop(OBJECTION_DECISION, d.date());
            d.ruling = Optional.of(r);
            d.step(d.date() + ": the objection was declared " + r.dutchLabel() + ".", d.source());
            d.add(RunningTerm.ofRule(
                    d.rules(),
                    APPEAL_PERIOD,
                    appealRuleId,
                    d.date(),
                    "If no appeal is lodged by then, the decision on the objection becomes final.",
                    FINAL));
        };
    }

    /** {@code appeal-lodged}: the appeal period is met. */
    static void appealLodged(Draft d) {
        Optional<RunningTerm> period = d.openTerm(APPEAL_PERIOD);
        d.stop(APPEAL_PERIOD, d.date());
        d.step(d.date() + ": appeal lodged with the district court" + d.lateNote(period) + ".", d.source());
    }

    /** {@code appeal-lodged} in an asylum case: also the court's statutory decision period (Vw 2000 art. 83b). */
    static void asylumAppealLodged(Draft d) {
        appealLodged(d);
        ProcedureState s = d.before();
        boolean shortTerm = s.kind() == ProcedureKind.BORDER_ASYLUM
                || s.track().map(Track::isGeneralProcedure).orElse(true)
                || s.outcome()
                        .map(o -> o != Outcome.REJECTED && o != Outcome.GRANTED)
                        .orElse(false);
        d.add(RunningTerm.ofRule(
                d.rules(),
                COURT_DECISION,
                shortTerm ? "court-asylum-short" : "court-asylum-extended",
                d.date(),
                "The court has exceeded its statutory decision period (a term of order; the appeal stays pending).",
                ProcedureSources.VW.withArticle("art. 83b")));
    }

    /** {@code appeal-decided}: the court's period is met; the further appeal period of a rule starts. */
    static Transition.Effect appealDecided(String furtherAppealRuleId) {
        return appealDecided(furtherAppealRuleId, List.of());
    }

    /** {@code appeal-decided}, with what the further appeal period had to assume. */
    static Transition.Effect appealDecided(String furtherAppealRuleId, List<String> warnings) {
        return d -> {
            Ruling r = ((AppealDecided) d.event()).ruling();
            d.stop(COURT_DECISION, d.date());
            d.ruling = Optional.of(r);
            d.step(d.date() + ": the district court declared the appeal " + r.dutchLabel() + ".", d.source());
            RunningTerm further = RunningTerm.ofRule(
                    d.rules(),
                    FURTHER_APPEAL_PERIOD,
                    furtherAppealRuleId,
                    d.date(),
                    "If no further appeal is lodged by then, the judgment becomes final.",
                    FINAL);
            for (String w : warnings) {
                further = further.withWarning(w);
            }
            d.add(further);
        };
    }

    /** {@code further-appeal-lodged}: the further appeal period is met. */
    static void furtherAppealLodged(Draft d) {
        Optional<RunningTerm> period = d.openTerm(FURTHER_APPEAL_PERIOD);
        d.stop(FURTHER_APPEAL_PERIOD, d.date());
        d.step(d.date() + ": further appeal lodged with the Council of State" + d.lateNote(period) + ".", d.source());
    }

    /** {@code further-appeal-lodged} in an asylum case: also the Council of State's period (Vw 2000 art. 89). */
    static void asylumFurtherAppealLodged(Draft d) {
        furtherAppealLodged(d);
        d.add(RunningTerm.ofRule(
                d.rules(),
                FURTHER_COURT_DECISION,
                "court-further-appeal-asylum",
                d.date(),
                "The Council of State has exceeded its statutory decision period (a term of order).",
                ProcedureSources.VW.withArticle("art. 89")));
    }

    /** {@code further-appeal-decided}: the judgment is final. */
    static void furtherAppealDecided(Draft d) {
        Ruling r = ((FurtherAppealDecided) d.event()).ruling();
        d.stop(FURTHER_COURT_DECISION, d.date());
        d.ruling = Optional.of(r);
        d.step(
                d.date() + ": the Council of State declared the further appeal " + r.dutchLabel()
                        + "; the judgment is final.",
                d.source());
    }
}
