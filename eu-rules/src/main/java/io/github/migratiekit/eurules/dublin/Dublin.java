package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.eurules.dublin.CriterionAssessment.Outcome;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Determines the Member State responsible for examining an application for international protection.
 *
 * <p>The procedure, with its sources:
 *
 * <ol>
 *   <li>the regime is chosen by the registration date of the application (Dublin III before 2026-07-01, the AMMR
 *       from then; {@link Regime#forRegistration}), or named by the caller;
 *   <li>the earlier applications that still count are found: under Dublin III an application lodged before the
 *       applicant left the territory for at least three months (art. 19(2)) or left under a return decision (art.
 *       19(3)) no longer counts; the first application that counts fixes the day whose situation the criteria use
 *       (Dublin III art. 7(2); AMMR art. 24) and the State of the residual rule;
 *   <li>facts dated after that day are ignored, except evidence of family members for the minors, family-applicant
 *       and dependency rules produced before another State accepted a request, while no earlier application has had
 *       a first decision on the substance (Dublin III art. 7(3));
 *   <li>the criteria are tried in legal order ({@link Criterion#order}); the first that applies designates the State
 *       (art. 7(1));
 *   <li>the dependency clause (art. 16 / AMMR art. 34), the humanitarian clause (art. 17(2) / 35(2)) and the
 *       sovereignty clause (art. 17(1) / 35(1)) are examined after the criteria and, when they apply, prevail in
 *       that rising order. This precedence is Migratiekit's reading (the Regulation ranks them nowhere); it is listed
 *       as an uncertain point in {@code docs/dublin.md}.
 * </ol>
 *
 * <p>Where a criterion applies but the Regulation leaves a choice between States to an assessment the case does not
 * contain, {@link IndeterminateResponsibilityException} names the missing fact. Stateless and thread-safe.
 */
public final class Dublin {
    private Dublin() {}

    /**
     * Determines responsibility under the regime selected by the registration date.
     *
     * @param dublinCase the facts
     * @return the responsible State with the criterion, article, regime and explanation
     * @throws IndeterminateResponsibilityException if a criterion needs an assessment the case does not contain
     */
    public static DublinResult determine(DublinCase dublinCase) {
        Checks.nonNull(dublinCase, "dublinCase");
        Regime regime = Regime.forRegistration(dublinCase.application().registeredOn());
        return run(dublinCase, regime, false);
    }

    /**
     * Determines responsibility under a named regime, whatever the registration date (to compare regimes, or to
     * apply the AMMR's rules by analogy).
     *
     * @param dublinCase the facts
     * @param regime the regime to apply
     * @return the result
     * @throws IndeterminateResponsibilityException if a criterion needs an assessment the case does not contain
     */
    public static DublinResult determine(DublinCase dublinCase, Regime regime) {
        Checks.nonNull(dublinCase, "dublinCase");
        Checks.nonNull(regime, "regime");
        return run(dublinCase, regime, true);
    }

    private static DublinResult run(DublinCase c, Regime regime, boolean named) {
        Explanation.Builder why = Explanation.builder();
        LocalDate reg = c.application().registeredOn();
        if (named) {
            why.step(
                    "Regime " + regime.displayName() + " applied as asked (the registration date " + reg
                            + " would select " + Regime.forRegistration(reg).displayName() + ").",
                    regime.source());
        } else {
            why.step(
                    "The application was registered in " + c.application().state() + " on " + reg
                            + (regime == Regime.DUBLIN_III ? ", before " : ", not before ") + Regime.AMMR_FROM
                            + ": responsibility is determined under " + regime.displayName() + ".",
                    regime.selectionSource());
        }
        Ctx ctx = new Ctx(c, regime, why);
        why.step(
                "The criteria are applied to the situation on " + ctx.frozenOn
                        + ", when the applicant first applied in a Member State (" + ctx.firstState + ").",
                ctx.freezeSource());

        List<CriterionAssessment> assessments = new ArrayList<>();
        CriterionAssessment decided = null;
        for (Criterion cr : Criterion.order(regime)) {
            if (decided != null) {
                assessments.add(notExamined(cr, regime, decided));
                continue;
            }
            CriterionAssessment a = Criteria.assess(cr, ctx);
            assessments.add(a);
            if (a.outcome() == Outcome.APPLIES) {
                decided = a;
            }
        }
        if (decided == null) {
            throw new IllegalStateException("the residual rule always applies");
        }
        CriterionAssessment fin = decided;
        for (Criterion cl : Criterion.clauses()) {
            CriterionAssessment a = Criteria.assess(cl, ctx);
            assessments.add(a);
            if (a.outcome() == Outcome.APPLIES) {
                fin = a;
            }
        }
        for (CriterionAssessment a : assessments) {
            String verdict =
                    switch (a.outcome()) {
                        case APPLIES -> "applies because ";
                        case DOES_NOT_APPLY -> "does not apply because ";
                        case NOT_EXAMINED -> "not examined because ";
                    };
            why.step(
                    cap(a.criterion().title()) + " (" + a.article() + ") " + verdict + a.reason(),
                    regime.article(a.article()));
        }
        MemberState state = fin.state().orElseThrow();
        String prevail = fin != decided
                ? " The " + fin.criterion().title() + " prevails over the "
                        + decided.criterion().title() + "."
                : "";
        why.step(
                "Result: " + state + " is responsible under " + regime.displayName() + " " + fin.article() + " ("
                        + fin.criterion().title() + ")." + prevail,
                regime.article(fin.article()));
        return new DublinResult(regime, state, fin.criterion(), fin.article(), ctx.frozenOn, assessments, why.build());
    }

    /** A criterion below the one that applies; every criterion in a regime's order has an article there. */
    private static CriterionAssessment notExamined(Criterion cr, Regime regime, CriterionAssessment decided) {
        return new CriterionAssessment(
                cr,
                cr.article(regime).orElseThrow(),
                Outcome.NOT_EXAMINED,
                Optional.empty(),
                "a criterion higher in the order (" + decided.article() + ") already applies (art. 7(1)).");
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The last day of a period counted under Dublin III art. 42 (no roll, month-end clamp). */
    static LocalDate endOf(LocalDate start, Period term, LegalSource source) {
        return Deadlines.compute(DeadlineRequest.builder()
                        .label("period")
                        .start(start)
                        .term(term)
                        .termSource(source)
                        .calculus(DeadlineCalculus.DUBLIN_ART_42)
                        .build())
                .deadline();
    }

    static String describeTerm(Period p) {
        if (p.getYears() != 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return p.getYears() + (p.getYears() == 1 ? " year" : " years");
        }
        if (p.getDays() == 0) {
            return p.toTotalMonths() + (p.toTotalMonths() == 1 ? " month" : " months");
        }
        return p.getDays() % 7 == 0 ? p.getDays() / 7 + " weeks" : p.getDays() + " days";
    }

    static String states(Set<MemberState> states) {
        return states.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    /** The facts as they stood at the first application, and the regime's rules. */
    static final class Ctx {
        final DublinCase c;
        final Regime regime;
        final RegimeRules rules = RegimeRules.standard();
        final LocalDate frozenOn;
        final MemberState firstState;
        final List<PreviousApplication> countedPrevious;
        final Optional<LocalDate> lastLeft;
        final Optional<LocalDate> acceptedOn;

        Ctx(DublinCase c, Regime regime, Explanation.Builder why) {
            this.c = c;
            this.regime = regime;
            LocalDate reg = c.application().registeredOn();
            Optional<LocalDate> cut = Optional.empty();
            Optional<RegimeRules.Rule> cess = rules.rule(regime, "departure-cessation");
            List<Departure> deps = new ArrayList<>(c.departures());
            deps.sort(Comparator.comparing(Departure::left)
                    .thenComparing(d -> d.returned().orElse(LocalDate.MAX))
                    .thenComparing(Departure::underReturnDecision));
            for (Departure d : deps) {
                if (!d.left().isBefore(reg)) {
                    continue;
                }
                if (regime == Regime.DUBLIN_III && d.underReturnDecision()) {
                    cut = Optional.of(d.left());
                    why.step(
                            "The applicant left the territory on " + d.left()
                                    + " in compliance with a return decision: applications lodged before no longer"
                                    + " count.",
                            regime.article("art. 19(3)"));
                } else if (cess.isPresent() && d.returned().isPresent()) {
                    LocalDate end =
                            endOf(d.left(), cess.get().term(), cess.get().source());
                    if (!d.returned().get().isBefore(end)) {
                        cut = Optional.of(d.left());
                        why.step(
                                "The applicant left the territory of the Member States on " + d.left()
                                        + " and came back on " + d.returned().get() + ", at least three months later:"
                                        + " applications lodged before no longer count.",
                                cess.get().source());
                    }
                }
            }
            List<PreviousApplication> counted = new ArrayList<>();
            for (PreviousApplication p : c.previousApplications()) {
                if (cut.isEmpty() || p.lodgedOn().isAfter(cut.get())) {
                    counted.add(p);
                }
            }
            // no two earlier applications in different States share a day (CaseConsistency): the earliest State is
            // unique whatever the order
            this.countedPrevious = List.copyOf(counted);
            LocalDate first = reg;
            MemberState firstSt = c.application().state();
            for (PreviousApplication p : counted) {
                if (p.lodgedOn().isBefore(first)) {
                    first = p.lodgedOn();
                    firstSt = p.state();
                }
            }
            this.frozenOn = first;
            this.firstState = firstSt;
            LocalDate fr = first;
            this.acceptedOn = c.acceptedByOtherStateOn().or(() -> c.events().stream()
                    .filter(e -> e.kind() == DublinEvent.Kind.ACCEPTED)
                    .map(DublinEvent::date)
                    .min(Comparator.naturalOrder()));
            this.lastLeft = c.departures().stream()
                    .map(Departure::left)
                    .filter(l -> l.isBefore(fr))
                    .max(Comparator.naturalOrder());
        }

        LegalSource freezeSource() {
            return regime == Regime.DUBLIN_III
                    ? regime.article("art. 7(2)")
                    : regime.article("art. 24").withNote("uncertain: article number of the freezing rule not checked");
        }

        /** Whether a family member counts for a criterion: present at the first application, or art. 7(3). */
        boolean familyCounts(FamilyMember m, Criterion cr) {
            if (!m.presentSince().isAfter(frozenOn)) {
                return true;
            }
            return familyEvidenceException(m, cr);
        }

        boolean familyEvidenceException(FamilyMember m, Criterion cr) {
            if (!EnumSet.of(Criterion.MINORS, Criterion.FAMILY_APPLICANT, Criterion.DEPENDENT_PERSONS)
                    .contains(cr)) {
                return false;
            }
            if (m.evidenceProducedOn().isEmpty()) {
                return false;
            }
            LocalDate ev = m.evidenceProducedOn().get();
            if (acceptedOn.isPresent() && !ev.isBefore(acceptedOn.get())) {
                return false;
            }
            return countedPrevious.stream()
                    .noneMatch(p -> p.status() == PreviousApplication.Status.FIRST_DECISION_ON_SUBSTANCE);
        }

        LegalSource evidenceSource() {
            return regime == Regime.DUBLIN_III
                    ? regime.article("art. 7(3)")
                    : regime.article("art. 24").withNote("uncertain: AMMR counterpart of Dublin III art. 7(3)");
        }

        /** Entries on or before the first application and after the last departure from the territory. */
        List<Entry> entriesSinceLastArrival() {
            List<Entry> out = new ArrayList<>();
            for (Entry e : c.entries()) {
                if (e.date().isAfter(frozenOn)) {
                    continue;
                }
                if (lastLeft.isPresent() && !e.date().isAfter(lastLeft.get())) {
                    continue;
                }
                out.add(e);
            }
            out.sort(Comparator.comparing(Entry::date)
                    .thenComparing(Entry::state)
                    .thenComparing(Entry::kind)
                    .thenComparing(Entry::toleratedByAuthorities));
            return out;
        }

        Set<MemberState> applicationStates() {
            Set<MemberState> s = new TreeSet<>();
            s.add(c.application().state());
            countedPrevious.forEach(p -> s.add(p.state()));
            return s;
        }
    }
}
