package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.testing.DublinGenerators.dublinCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.eurules.dublin.testing.DublinGenerators;
import io.github.migratiekit.eurules.dublin.testing.DublinGenerators.Age;
import io.github.migratiekit.eurules.dublin.testing.DublinGenerators.Fact;
import io.github.migratiekit.eurules.dublin.testing.DublinGenerators.Knobs;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Properties of the determination and the timeline on generated cases (issue 4). */
class DublinPropertiesTest {

    /** The result, or the missing assessment, as comparable text. */
    static String outcome(DublinCase c) {
        try {
            DublinResult r = Dublin.determine(c);
            return r.regime() + " " + r.responsibleState() + " " + r.criterion() + " " + r.article();
        } catch (IndeterminateResponsibilityException e) {
            return "indeterminate " + e.field();
        }
    }

    @Test
    void determinism() {
        qt().withExamples(300).forAll(dublinCases()).checkAssert(c -> {
            String first = outcome(c);
            assertThat(outcome(c)).isEqualTo(first);
            if (!first.startsWith("indeterminate")) {
                assertThat(Dublin.determine(c)).isEqualTo(Dublin.determine(c));
            }
        });
    }

    @Test
    void orderOfFactsDoesNotMatter() {
        qt().withExamples(300).forAll(dublinCases(), SourceDSL.longs().all()).checkAssert((c, seed) -> {
            DublinCase shuffled = shuffle(c, new Random(seed));
            String a = outcome(c);
            assertThat(outcome(shuffled)).isEqualTo(a);
            if (!a.startsWith("indeterminate")) {
                assertThat(Dublin.determine(shuffled)).isEqualTo(Dublin.determine(c));
            }
            assertThat(DublinTimeline.of(shuffled)
                            .on(c.application().registeredOn().plusMonths(9)))
                    .isEqualTo(DublinTimeline.of(c)
                            .on(c.application().registeredOn().plusMonths(9)));
        });
    }

    @Test
    void factsOnlyALowerCriterionUsesDoNotChangeAHigherResult() {
        // Dublin III art. 7(1): the criteria apply in order; once one applies, the lower ones are not reached.
        // Art. 11 is left out: by its text it looks at what the lower criteria indicate for each family member.
        Knobs base = Knobs.all()
                .without(Fact.DEPENDENCIES, Fact.DISCRETIONARY_DECISIONS, Fact.JOINT_APPLICANTS, Fact.DEPARTURES);
        Knobs donor = Knobs.all()
                .only(Fact.FAMILY_MEMBERS, Fact.DOCUMENTS, Fact.ENTRIES, Fact.RESIDENCE_PERIODS, Fact.DIPLOMAS);
        java.util.concurrent.atomic.AtomicInteger exercised = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(300).forAll(dublinCases(base), dublinCases(donor)).checkAssert((c, d) -> {
            String before = outcome(c);
            if (before.startsWith("indeterminate")) {
                return;
            }
            DublinResult r = Dublin.determine(c);
            List<Criterion> order = Criterion.order(r.regime());
            int k = order.indexOf(r.criterion());
            DublinCase b = c;
            int added = 0;
            if (lowerOnly(r.regime(), k, Fact.FAMILY_MEMBERS)) {
                for (FamilyMember m : d.familyMembers()) {
                    DublinCase next = withConsistent(b, x -> x.familyMember(m));
                    added += next == b ? 0 : 1;
                    b = next;
                }
            }
            if (lowerOnly(r.regime(), k, Fact.DOCUMENTS)) {
                for (ResidenceDocument doc : d.documents()) {
                    b = b.toBuilder().document(doc).build();
                    added++;
                }
            }
            if (lowerOnly(r.regime(), k, Fact.ENTRIES)) {
                for (Entry e : d.entries()) {
                    DublinCase next = withConsistent(b, x -> x.entry(e));
                    added += next == b ? 0 : 1;
                    b = next;
                }
            }
            if (lowerOnly(r.regime(), k, Fact.RESIDENCE_PERIODS)) {
                for (ResidencePeriod p : d.residencePeriods()) {
                    b = withConsistent(b, x -> x.residencePeriod(p));
                }
            }
            if (lowerOnly(r.regime(), k, Fact.DIPLOMAS)) {
                for (Diploma dip : d.diplomas()) {
                    b = b.toBuilder().diploma(dip).build();
                }
            }
            assertThat(outcome(b)).as("added %s lower facts", added).isEqualTo(before);
            if (added > 0) {
                exercised.incrementAndGet();
            }
        });
        assertThat(exercised.get()).isGreaterThan(30);
    }

    /**
     * Adds a fact unless it conflicts with the facts already there ({@link ConflictingFactsException}): the
     * properties are about facts a case can hold together.
     */
    static DublinCase withConsistent(DublinCase c, java.util.function.Consumer<DublinCase.Builder> add) {
        DublinCase.Builder b = c.toBuilder();
        add.accept(b);
        try {
            return b.build();
        } catch (ConflictingFactsException e) {
            return c;
        }
    }

    /** Whether every criterion that uses a kind of fact comes after position k in the regime's order. */
    private static boolean lowerOnly(Regime regime, int k, Fact fact) {
        Set<Criterion> users =
                switch (fact) {
                    case FAMILY_MEMBERS ->
                        EnumSet.of(Criterion.MINORS, Criterion.FAMILY_BENEFICIARY, Criterion.FAMILY_APPLICANT);
                    case DOCUMENTS -> EnumSet.of(Criterion.DOCUMENTS);
                    case DIPLOMAS -> EnumSet.of(Criterion.DIPLOMA);
                    case ENTRIES ->
                        EnumSet.of(
                                Criterion.IRREGULAR_ENTRY,
                                Criterion.FIVE_MONTH_STAY,
                                Criterion.VISA_WAIVED_ENTRY,
                                Criterion.AIRPORT_TRANSIT);
                    case RESIDENCE_PERIODS -> EnumSet.of(Criterion.FIVE_MONTH_STAY);
                    default -> EnumSet.allOf(Criterion.class);
                };
        List<Criterion> order = Criterion.order(regime);
        return users.stream().filter(order::contains).allMatch(u -> order.indexOf(u) > k);
    }

    @Test
    void factsDatedAfterTheFirstApplicationDoNotChangeTheResult() {
        // Dublin III art. 7(2); family members added here carry no evidence, so art. 7(3) does not come in
        qt().withExamples(300)
                .forAll(
                        dublinCases(),
                        dublinCases(Knobs.all()
                                .only(
                                        Fact.FAMILY_MEMBERS,
                                        Fact.DOCUMENTS,
                                        Fact.ENTRIES,
                                        Fact.RESIDENCE_PERIODS,
                                        Fact.DIPLOMAS)),
                        SourceDSL.integers().between(1, 500))
                .checkAssert((c, d, offset) -> {
                    String before = outcome(c);
                    LocalDate frozen = frozenOn(c);
                    LocalDate late = frozen.plusDays(offset);
                    DublinCase b = c;
                    for (FamilyMember m : d.familyMembers()) {
                        b = withConsistent(
                                b,
                                x -> x.familyMember(new FamilyMember(
                                        m.relation(),
                                        m.state(),
                                        m.status(),
                                        late,
                                        m.formed(),
                                        m.wishInWriting(),
                                        m.canTakeCare(),
                                        java.util.Optional.empty())));
                    }
                    for (ResidenceDocument doc : d.documents()) {
                        b = b.toBuilder()
                                .document(new ResidenceDocument(
                                        doc.issuingState(),
                                        doc.kind(),
                                        late,
                                        late.plusDays(doc.validityDays()),
                                        doc.onBehalfOf(),
                                        doc.usedForEntry(),
                                        doc.fraud()))
                                .build();
                    }
                    for (Entry e : d.entries()) {
                        b = withConsistent(
                                b, x -> x.entry(new Entry(e.state(), late, e.kind(), e.toleratedByAuthorities())));
                    }
                    for (ResidencePeriod p : d.residencePeriods()) {
                        b = withConsistent(
                                b, x -> x.residencePeriod(ResidencePeriod.of(p.state(), late, late.plusMonths(7))));
                    }
                    for (Diploma dip : d.diplomas()) {
                        b = b.toBuilder()
                                .diploma(Diploma.of(dip.issuingState(), late, dip.studyMonths()))
                                .build();
                    }
                    assertThat(outcome(b)).isEqualTo(before);
                });
    }

    private static LocalDate frozenOn(DublinCase c) {
        try {
            return Dublin.determine(c).frozenOn();
        } catch (IndeterminateResponsibilityException e) {
            // the latest possible freezing day: the registration itself
            return c.application().registeredOn();
        }
    }

    @Test
    void onlyTheRegistrationLeavesTheResidualRule() {
        // Dublin III art. 3(2), AMMR art. 16(2): no criterion applies → the State where the application was made
        qt().withExamples(300).forAll(dublinCases(Knobs.all().age(Age.ADULTS))).checkAssert(c -> {
            DublinResult r = Dublin.determine(DublinCase.of(c.applicant(), c.application()));
            assertThat(r.responsibleState()).isEqualTo(c.application().state());
            assertThat(r.criterion()).isEqualTo(Criterion.FIRST_APPLICATION);
            assertThat(r.article()).isEqualTo(r.regime() == Regime.DUBLIN_III ? "art. 3(2)" : "art. 16(2)");
        });
        qt().withExamples(100)
                .forAll(dublinCases(Knobs.all().age(Age.UNACCOMPANIED_MINORS)))
                .checkAssert(c -> {
                    // an unaccompanied minor alone: Dublin III art. 8(4) / AMMR art. 25(5) give the same State
                    DublinResult r = Dublin.determine(DublinCase.of(c.applicant(), c.application()));
                    assertThat(r.responsibleState()).isEqualTo(c.application().state());
                    assertThat(r.criterion()).isEqualTo(Criterion.MINORS);
                });
    }

    @Test
    void everyDeadlineIsOnOrAfterItsEventAndClampsAtMonthEnd() {
        java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger clamped = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(300)
                .forAll(
                        dublinCases(Knobs.all().only(Fact.EVENTS)),
                        SourceDSL.integers().between(0, 900))
                .checkAssert((c, days) -> {
                    LocalDate on = c.application().registeredOn().plusDays(days);
                    for (TimeLimit t : DublinTimeline.of(c).on(on)) {
                        Deadline d = t.deadline();
                        checked.incrementAndGet();
                        if (d.deadline().getDayOfMonth() < d.start().getDayOfMonth()
                                && d.term().getDays() == 0) {
                            clamped.incrementAndGet();
                        }
                        assertThat(d.deadline()).isAfterOrEqualTo(d.start());
                        assertThat(d.deadline()).isEqualTo(naivePlus(d.start(), d.term()));
                        assertThat(d.rawDeadline()).isEqualTo(d.deadline()); // art. 42(c): no roll
                        assertThat(t.status() == TimeLimit.Status.OPEN)
                                .isEqualTo(t.doneOn().isEmpty() && !on.isAfter(d.deadline()));
                        assertThat(t.daysLeft())
                                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(on, d.deadline()));
                    }
                });
    }

    /** Oracle for Dublin III art. 42(b): same date in the final month, or its last day; days one by one. */
    static LocalDate naivePlus(LocalDate start, Period term) {
        int months = (int) term.toTotalMonths();
        int y = start.getYear();
        int m = start.getMonthValue() - 1 + months;
        y += Math.floorDiv(m, 12);
        m = Math.floorMod(m, 12) + 1;
        int last = YearMonth.of(y, m).lengthOfMonth();
        LocalDate r = LocalDate.of(y, m, Math.min(start.getDayOfMonth(), last));
        for (int i = 0; i < term.getDays(); i++) {
            r = r.plusDays(1);
        }
        return r;
    }

    @Test
    void jsonRoundTrip() {
        qt().withExamples(200).forAll(dublinCases()).checkAssert(c -> {
            String json = Json.write(c);
            assertThat(Json.read(json, DublinCase.class)).isEqualTo(c);
            if (!outcome(c).startsWith("indeterminate")) {
                DublinResult r = Dublin.determine(c);
                assertThat(Json.read(Json.write(r), DublinResult.class)).isEqualTo(r);
            }
            for (TimeLimit t :
                    DublinTimeline.of(c).on(c.application().registeredOn().plusMonths(3))) {
                assertThat(Json.read(Json.write(t), TimeLimit.class)).isEqualTo(t);
            }
        });
    }

    @Test
    void resultsAndReportsFromTheGenerators() {
        qt().withExamples(100).forAll(DublinGenerators.results(Knobs.all())).checkAssert(r -> {
            assertThat(r.assessments().stream().filter(a -> a.outcome() == CriterionAssessment.Outcome.APPLIES))
                    .isNotEmpty();
            assertThat(r.explanation().steps())
                    .hasSizeGreaterThan(r.assessments().size());
        });
        qt().withExamples(100)
                .forAll(DublinGenerators.timeLimits(Knobs.all().only()))
                .checkAssert(ls -> ls.forEach(
                        t -> assertThat(t.deadline().explanation().steps()).isNotEmpty()));
    }

    @Test
    void regimeFollowsTheRegistrationDateAndEveryStepCitesAnArticle() {
        // AMMR art. 84(2), art. 85: before 2026-07-01 Dublin III, from then the AMMR
        qt().withExamples(200).forAll(DublinGenerators.results(Knobs.all())).checkAssert(r -> {
            assertThat(r.explanation().steps())
                    .allSatisfy(step -> assertThat(step.source()).isPresent());
            assertThat(r.assessments())
                    .filteredOn(a -> a.outcome() != CriterionAssessment.Outcome.NOT_EXAMINED)
                    .allSatisfy(a -> assertThat(a.reason()).isNotBlank());
            assertThat(r.assessments())
                    .hasSize(Criterion.order(r.regime()).size()
                            + Criterion.clauses().size());
        });
        qt().withExamples(200)
                .forAll(DublinGenerators.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2030, 12, 31)))
                .checkAssert(d -> assertThat(Regime.forRegistration(d))
                        .isEqualTo(d.isBefore(LocalDate.of(2026, 7, 1)) ? Regime.DUBLIN_III : Regime.AMMR));
    }

    @Test
    void generatorsRespectTheirKnobs() {
        qt().withExamples(100)
                .forAll(DublinGenerators.dublinCases(Knobs.all()
                        .regime(Regime.AMMR)
                        .age(Age.UNACCOMPANIED_MINORS)
                        .only(Fact.DOCUMENTS)))
                .checkAssert(c -> {
                    assertThat(Regime.forRegistration(c.application().registeredOn()))
                            .isEqualTo(Regime.AMMR);
                    assertThat(c.applicant().minorOn(c.application().registeredOn()))
                            .isTrue();
                    assertThat(c.entries()).isEmpty();
                    assertThat(c.familyMembers()).isEmpty();
                });
    }

    private static DublinCase shuffle(DublinCase c, Random rnd) {
        return new DublinCase(
                c.applicant(),
                c.application(),
                shuffled(c.previousApplications(), rnd),
                shuffled(c.familyMembers(), rnd),
                shuffled(c.documents(), rnd),
                shuffled(c.entries(), rnd),
                shuffled(c.residencePeriods(), rnd),
                shuffled(c.departures(), rnd),
                shuffled(c.diplomas(), rnd),
                shuffled(c.dependencies(), rnd),
                shuffled(c.discretionaryDecisions(), rnd),
                shuffled(c.jointApplicants(), rnd),
                c.bestInterestsState(),
                c.acceptedByOtherStateOn(),
                shuffled(c.events(), rnd));
    }

    private static <T> List<T> shuffled(List<T> in, Random rnd) {
        List<T> out = new ArrayList<>(in);
        Collections.shuffle(out, rnd);
        return out;
    }
}
