package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.TermIds.BORDER_DECISION;
import static io.github.migratiekit.core.procedure.TermIds.DECISION;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.procedure.ProcedureEvent.Decided;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodExtended;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodSuspended;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every kind of application shares until the decision: the decision period, its suspension (Awb art. 4:15) and
 * extension (Awb art. 4:14 and the special bases), the request to complete the application (Awb art. 4:5), and the
 * decision itself.
 */
final class DecisionPeriods {
    private DecisionPeriods() {}

    /** Appeal for failure to decide in time: what follows when a decision period lapses. */
    static final LegalSource DEFAULT_CONSEQUENCE =
            Sources.AWB.withArticle("art. 6:2(b), 6:12 and 8:55b").withNote("appeal for failure to decide in time");

    static final String IND_IN_DEFAULT =
            "The IND is in default: notice of default and appeal for failure to decide in" + " time.";
    static final String IND_IN_DEFAULT_WITH_PENALTY = "The IND is in default: notice of default, penalty (Awb 4:17)"
            + " and appeal for failure to decide in time.";

    /** A decision period of a rule of the procedure terms, running from {@code start}. */
    static RunningTerm decisionTerm(ProcedureTerms rules, String ruleId, LocalDate start, String consequence) {
        return RunningTerm.ofRule(rules, DECISION, ruleId, start, consequence, DEFAULT_CONSEQUENCE);
    }

    /** The asylum decision period (Vw 2000 art. 42), running from {@code start}. */
    static RunningTerm asylumDecisionTerm(ProcedureTerms rules, LocalDate start) {
        return decisionTerm(
                rules,
                "asylum",
                start,
                "The IND is in default: the applicant may give notice of default and appeal for failure to decide in"
                        + " time (beroep niet tijdig beslissen); the administrative penalty is suspended for asylum"
                        + " decisions.");
    }

    /** {@code decision-period-suspended}: the period stands still from {@code date} to {@code until}. */
    static void suspended(Draft d) {
        DecisionPeriodSuspended s = (DecisionPeriodSuspended) d.event();
        d.suspend(DECISION, Suspension.of(s.date(), s.until(), s.ground()));
        d.step(
                d.date() + ": the decision period is suspended until " + s.until() + " ("
                        + s.ground().dutchLabel() + ").",
                s.ground().source());
    }

    /** {@code decision-period-extended}: on a basis this kind of procedure allows. */
    static void extended(Draft d) {
        DecisionPeriodExtended x = (DecisionPeriodExtended) d.event();
        Optional<RunningTerm> open = d.before().openTerm(DECISION);
        if (open.isEmpty()) {
            throw d.reject("no decision period is running");
        }
        RunningTerm term = open.get();
        List<ExtensionBasis> listed =
                d.before().rules().rule(term.ruleId(), term.start()).extensionBases();
        if (!listed.contains(x.basis())) {
            throw d.reject("basis " + x.basis() + " (" + x.basis().source().shortCitation() + ") does not apply to a "
                    + d.before().kind() + " decision period; allowed: " + listed);
        }
        Extension extension = Extension.of(x.length(), x.basis(), x.date());
        List<Extension> all = new ArrayList<>(term.extensions());
        all.add(extension);
        try {
            // how often, how long in total, and in which order the law allows extensions on one basis
            ExtensionBasis.checkLimits(all);
        } catch (InvalidInputException e) {
            throw d.reject(String.valueOf(e.getMessage()));
        }
        d.extend(DECISION, extension);
        d.step(
                d.date() + ": the decision period is extended by " + x.length() + ".",
                x.basis().source());
    }

    /** {@code completion-requested}: the period is suspended from the next day until the application is complete. */
    static void completionRequested(Draft d) {
        d.completionRequestedOn = Optional.of(d.date());
        d.step(
                d.date() + ": the applicant was asked to complete the application; the decision period is"
                        + " suspended from " + d.date().plusDays(1) + ".",
                d.source());
    }

    /** {@code application-completed}: the suspension ends on the day of completion. */
    static void completed(Draft d) {
        closeCompletion(d);
    }

    /** Records the suspension of an open request to complete, ending on the event's day. */
    static void closeCompletion(Draft d) {
        Optional<LocalDate> requested = d.before().completionRequestedOn();
        if (requested.isEmpty()) {
            return;
        }
        LocalDate date = d.date();
        LocalDate from = requested.get().plusDays(1);
        d.completionRequestedOn = Optional.empty();
        if (!date.isBefore(from)) {
            d.suspend(DECISION, Suspension.of(from, date, SuspensionGround.INCOMPLETE_APPLICATION));
            d.step(
                    date + ": the application was completed; the decision period was suspended from " + from + " to "
                            + date + ".",
                    Sources.AWB_4_15);
        } else {
            d.step(
                    date + ": the application was completed on the day of the request: no suspension.",
                    Sources.AWB_4_15);
        }
    }

    /**
     * {@code decided}, the part every kind shares: the outcome must be allowed; an open request to complete ends;
     * the decision period is met (or met late); the history records the decision.
     *
     * @return the outcome
     */
    static Outcome decide(Draft d) {
        Outcome o = checkOutcome(d);
        ProcedureState s = d.before();
        LocalDate date = d.date();
        closeCompletion(d);
        Optional<RunningTerm> decisionTerm = d.openTerm(DECISION).or(() -> d.openTerm(BORDER_DECISION));
        d.stop(DECISION, date);
        d.stop(BORDER_DECISION, date);
        d.outcome = Optional.of(o);
        d.ruling = Optional.empty();
        String late = decisionTerm
                .map(d::lastDay)
                .filter(date::isAfter)
                .map(dl -> " (after the decision period ended on " + dl + ")")
                .orElse("");
        d.step(
                date + ": decision: " + o.dutchLabel() + late
                        + s.track().map(t -> ", in " + t.dutchLabel()).orElse("") + ".",
                s.kind().source());
        return o;
    }

    /** Rejects a decision whose outcome is not possible in the state; returns the outcome. */
    static Outcome checkOutcome(Draft d) {
        ProcedureState s = d.before();
        Outcome o = ((Decided) d.event()).outcome();
        Set<Outcome> allowed = s.allowedOutcomes();
        if (!allowed.contains(o)) {
            throw d.reject("outcome " + o + " is not possible here; allowed: " + allowed
                    + (s.kind() == ProcedureKind.ASYLUM && s.track().isEmpty()
                            ? " (a decision on the merits needs a track)"
                            : ""));
        }
        return o;
    }

    /** Open suspension of a running decision period while a request to complete is open, up to a day. */
    static List<Suspension> openSuspension(RunningTerm t, Optional<LocalDate> completionRequestedOn, LocalDate on) {
        if (t.open() && t.id().equals(DECISION) && completionRequestedOn.isPresent()) {
            LocalDate from = completionRequestedOn.get().plusDays(1);
            if (!on.isBefore(from)) {
                return List.of(Suspension.of(from, on, SuspensionGround.INCOMPLETE_APPLICATION));
            }
        }
        return List.of();
    }
}
