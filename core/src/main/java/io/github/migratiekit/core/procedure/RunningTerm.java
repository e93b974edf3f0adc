package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A term that an event of a case started: a decision period, an objection or appeal period, a court's decision
 * period, the mvv periods, the departure period or an entry ban.
 *
 * <p>The term is either a rule of {@link ProcedureTerms} ({@code ruleId}, selected by the start date), or an explicit
 * term counted with the Dutch statutory calculus, or (when {@code noRollSource} is present) an explicit term counted
 * by calendar without any roll to a working day (e.g. the border procedure's four weeks: the Atw does not apply to
 * terms of deprivation of liberty, art. 4(c)). Immutable and thread-safe.
 *
 * @param id what kind of term, e.g. {@code "decision"}, {@code "appeal-period"}
 * @param label the term in words
 * @param start the day of the event from which it runs
 * @param ruleId the id of the rule in {@link ProcedureTerms}, or empty for an explicit term
 * @param term the explicit term (ignored for a rule)
 * @param source the source of the explicit term (ignored for a rule)
 * @param noRollSource for an explicit term counted without roll: why
 * @param suspensions the suspensions recorded so far
 * @param extensions the extensions recorded so far
 * @param stoppedOn the day of the event that ended it, if any
 * @param superseded true when a later event made the term moot (e.g. a side intake reopening the case)
 * @param consequence what follows when it ends unused, in words
 * @param consequenceSource the source of that consequence
 * @param warnings what the term's computation had to assume, e.g. a decision ground not stated; empty when nothing
 */
public record RunningTerm(
        String id,
        String label,
        LocalDate start,
        String ruleId,
        Period term,
        LegalSource source,
        Optional<LegalSource> noRollSource,
        List<Suspension> suspensions,
        List<Extension> extensions,
        Optional<LocalDate> stoppedOn,
        boolean superseded,
        String consequence,
        LegalSource consequenceSource,
        List<String> warnings) {

    /**
     * Copies the lists.
     *
     * @param id what kind of term, e.g. {@code "decision"}, {@code "appeal-period"}
     * @param label the term in words
     * @param start the day of the event from which it runs
     * @param ruleId the id of the rule in {@link ProcedureTerms}, or empty for an explicit term
     * @param term the explicit term (ignored for a rule)
     * @param source the source of the explicit term (ignored for a rule)
     * @param noRollSource for an explicit term counted without roll: why
     * @param suspensions the suspensions recorded so far
     * @param extensions the extensions recorded so far
     * @param stoppedOn the day of the event that ended it, if any
     * @param superseded true when a later event made the term moot (e.g. a side intake reopening the case)
     * @param consequence what follows when it ends unused, in words
     * @param consequenceSource the source of that consequence
     * @param warnings what the term's computation had to assume; empty when nothing
     */
    public RunningTerm {
        Checks.nonNull(id, "runningTerm.id");
        Checks.nonNull(label, "runningTerm.label");
        Checks.nonNull(start, "runningTerm.start");
        Checks.nonNull(ruleId, "runningTerm.ruleId");
        Checks.nonNull(term, "runningTerm.term");
        Checks.nonNull(source, "runningTerm.source");
        Checks.nonNull(noRollSource, "runningTerm.noRollSource");
        Checks.nonNull(suspensions, "runningTerm.suspensions");
        Checks.nonNull(extensions, "runningTerm.extensions");
        Checks.nonNull(stoppedOn, "runningTerm.stoppedOn");
        Checks.nonNull(consequence, "runningTerm.consequence");
        Checks.nonNull(consequenceSource, "runningTerm.consequenceSource");
        Checks.nonNull(warnings, "runningTerm.warnings");
        suspensions = AppendList.copyOf(suspensions);
        extensions = AppendList.copyOf(extensions);
        warnings = List.copyOf(warnings);
    }

    /**
     * Creates a term without warnings (the form before warnings were added).
     *
     * @param id what kind of term, e.g. {@code "decision"}, {@code "appeal-period"}
     * @param label the term in words
     * @param start the day of the event from which it runs
     * @param ruleId the id of the rule in {@link ProcedureTerms}, or empty for an explicit term
     * @param term the explicit term (ignored for a rule)
     * @param source the source of the explicit term (ignored for a rule)
     * @param noRollSource for an explicit term counted without roll: why
     * @param suspensions the suspensions recorded so far
     * @param extensions the extensions recorded so far
     * @param stoppedOn the day of the event that ended it, if any
     * @param superseded true when a later event made the term moot (e.g. a side intake reopening the case)
     * @param consequence what follows when it ends unused, in words
     * @param consequenceSource the source of that consequence
     */
    public RunningTerm(
            String id,
            String label,
            LocalDate start,
            String ruleId,
            Period term,
            LegalSource source,
            Optional<LegalSource> noRollSource,
            List<Suspension> suspensions,
            List<Extension> extensions,
            Optional<LocalDate> stoppedOn,
            boolean superseded,
            String consequence,
            LegalSource consequenceSource) {
        this(
                id,
                label,
                start,
                ruleId,
                term,
                source,
                noRollSource,
                suspensions,
                extensions,
                stoppedOn,
                superseded,
                consequence,
                consequenceSource,
                List.of());
    }

    static RunningTerm ofRule(
            ProcedureTerms rules,
            String id,
            String ruleId,
            LocalDate start,
            String consequence,
            LegalSource consequenceSource) {
        var rule = rules.rule(ruleId, start);
        return new RunningTerm(
                id,
                rule.name(),
                start,
                ruleId,
                rule.term(),
                rule.source(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                false,
                consequence,
                consequenceSource);
    }

    static RunningTerm explicit(
            String id,
            String label,
            LocalDate start,
            Period term,
            LegalSource source,
            Optional<LegalSource> noRollSource,
            String consequence,
            LegalSource consequenceSource) {
        return new RunningTerm(
                id,
                label,
                start,
                "",
                term,
                source,
                noRollSource,
                List.of(),
                List.of(),
                Optional.empty(),
                false,
                consequence,
                consequenceSource);
    }

    /**
     * Tells whether the term is still open (no event has ended it).
     *
     * @return true if not stopped
     */
    public boolean open() {
        return stoppedOn.isEmpty();
    }

    RunningTerm stopped(LocalDate day) {
        return copy(suspensions, extensions, Optional.of(day), false, warnings);
    }

    RunningTerm superseded(LocalDate day) {
        return copy(suspensions, extensions, Optional.of(day), true, warnings);
    }

    RunningTerm withSuspension(Suspension s) {
        return copy(AppendList.append(suspensions, s), extensions, stoppedOn, superseded, warnings);
    }

    RunningTerm withSuspensions(List<Suspension> all) {
        return copy(all, extensions, stoppedOn, superseded, warnings);
    }

    RunningTerm withExtensions(List<Extension> all) {
        return copy(suspensions, all, stoppedOn, superseded, warnings);
    }

    RunningTerm withExtension(Extension e) {
        return copy(suspensions, AppendList.append(extensions, e), stoppedOn, superseded, warnings);
    }

    /** The same term with a warning added. */
    RunningTerm withWarning(String warning) {
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return copy(suspensions, extensions, stoppedOn, superseded, all);
    }

    /** The same term with other suspensions, extensions, end state and warnings. */
    private RunningTerm copy(
            List<Suspension> newSuspensions,
            List<Extension> newExtensions,
            Optional<LocalDate> newStoppedOn,
            boolean newSuperseded,
            List<String> newWarnings) {
        return new RunningTerm(
                id,
                label,
                start,
                ruleId,
                term,
                source,
                noRollSource,
                newSuspensions,
                newExtensions,
                newStoppedOn,
                newSuperseded,
                consequence,
                consequenceSource,
                newWarnings);
    }

    /**
     * Computes the last day of the term.
     *
     * @param rules the procedure terms in force
     * @param extraSuspensions suspensions still running on the day of a report (e.g. an open request to complete)
     * @return the deadline with its explanation
     * @throws InvalidInputException if a suspension or extension is invalid for the term
     */
    public Deadline deadline(ProcedureTerms rules, List<Suspension> extraSuspensions) {
        List<Suspension> all = new ArrayList<>(suspensions);
        all.addAll(extraSuspensions);
        if (!ruleId.isEmpty()) {
            return rules.deadline(ruleId, start, all, extensions);
        }
        if (noRollSource.isEmpty()) {
            return Deadlines.compute(DeadlineRequest.builder()
                    .label(label)
                    .start(start)
                    .term(term)
                    .termSource(source)
                    .calculus(DeadlineCalculus.DUTCH_STATUTORY)
                    .suspensions(all)
                    .extensions(extensions)
                    .build());
        }
        LocalDate end = start.plus(term);
        Explanation why = Explanation.builder()
                .fact(Character.toUpperCase(label.charAt(0)) + label.substring(1) + ": the term runs from " + start
                        + ".")
                .step(term + " from " + start + " (the day of the event not counted) ends on " + end + ".", source)
                .step("Counted by calendar: the term ends on " + end + " whatever day that is.", noRollSource.get())
                .build();
        return new Deadline(label, start, term, DeadlineCalculus.DUTCH_STATUTORY, end, end, 0, why);
    }
}
