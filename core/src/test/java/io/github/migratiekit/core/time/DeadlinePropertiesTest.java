package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.time.testing.NaiveDeadlineOracle;
import io.github.migratiekit.core.time.testing.TimeGenerators;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of deadline computation, checked against {@link NaiveDeadlineOracle}. */
class DeadlinePropertiesTest {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 400);
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2027, 6, 30);

    @Test
    void agreesWithTheNaiveDayByDayOracle() {
        qt().withExamples(EXAMPLES)
                .forAll(TimeGenerators.deadlineRequests(FROM, TO))
                .checkAssert(r -> {
                    Deadline d = Deadlines.compute(r);
                    assertThat(d.rawDeadline()).as("raw end of %s", r).isEqualTo(NaiveDeadlineOracle.rawEnd(r));
                    assertThat(d.deadline()).as("end of %s", r).isEqualTo(NaiveDeadlineOracle.finalEnd(r));
                });
    }

    @Test
    void dutchStatutoryAlwaysEndsOnAWorkingDayWithinTheAtwScope() {
        qt().withExamples(EXAMPLES)
                .forAll(TimeGenerators.dates(FROM, TO), TimeGenerators.atwTerms())
                .checkAssert((start, term) -> {
                    Deadline d = Deadlines.compute(
                            base(start, term, DeadlineCalculus.DUTCH_STATUTORY).build());
                    assertThat(NaiveDeadlineOracle.working(d.deadline()))
                            .as("%s + %s", start, term)
                            .isTrue();
                    assertThat(d.deadline()).isAfterOrEqualTo(d.rawDeadline());
                });
    }

    @Test
    void disjointSuspensionsOfKDaysInsideTheTermMoveTheRawEndByK() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        TimeGenerators.dates(FROM, TO),
                        TimeGenerators.dayTerms(90),
                        SourceDSL.integers().between(0, 4))
                .checkAssert((start, term, n) -> {
                    // n disjoint suspensions, each inside the original term, separated by at least one clock day
                    long termDays = term.getDays();
                    List<Suspension> list = new ArrayList<>();
                    long k = 0;
                    long cursor = 1;
                    for (int i = 0; i < n && cursor + 1 <= termDays; i++) {
                        long len = 1 + (start.toEpochDay() + i * 7L) % 5;
                        LocalDate s = start.plusDays(cursor);
                        list.add(Suspension.of(s, s.plusDays(len - 1), SuspensionGround.APPLICANT_DELAY));
                        k += len;
                        cursor += len + 2;
                    }
                    Deadline without = Deadlines.compute(
                            base(start, term, DeadlineCalculus.DUBLIN_ART_42).build());
                    Deadline with = Deadlines.compute(base(start, term, DeadlineCalculus.DUBLIN_ART_42)
                            .suspensions(list)
                            .build());
                    assertThat(ChronoUnit.DAYS.between(without.rawDeadline(), with.rawDeadline()))
                            .isEqualTo(k);
                    assertThat(with.suspendedDays()).isEqualTo(k);
                });
    }

    @Test
    void addingASuspensionNeverMakesTheDeadlineEarlier() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        TimeGenerators.deadlineRequests(FROM, TO),
                        SourceDSL.integers().between(1, 120),
                        SourceDSL.integers().between(1, 40))
                .checkAssert((r, offset, len) -> {
                    Suspension extra = Suspension.of(
                            r.start().plusDays(offset),
                            r.start().plusDays(offset + len - 1L),
                            SuspensionGround.FORCE_MAJEURE);
                    Deadline before = Deadlines.compute(r);
                    Deadline after = Deadlines.compute(r.withSuspensions(concat(r.suspensions(), extra)));
                    assertThat(after.deadline()).isAfterOrEqualTo(before.deadline());
                    assertThat(after.rawDeadline()).isAfterOrEqualTo(before.rawDeadline());
                });
    }

    @Test
    void splittingASuspensionIntoTwoTouchingOnesChangesNothing() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        TimeGenerators.deadlineRequests(FROM, TO),
                                SourceDSL.integers().between(1, 60),
                        SourceDSL.integers().between(2, 30),
                                SourceDSL.integers().between(1, 29))
                .checkAssert((r, offset, len, rawCut) -> {
                    int cut = 1 + rawCut % (len - 1); // 1 <= cut < len
                    LocalDate s = r.start().plusDays(offset);
                    Suspension whole = Suspension.of(s, s.plusDays(len - 1L), SuspensionGround.INCOMPLETE_APPLICATION);
                    Suspension first = Suspension.of(s, s.plusDays(cut - 1L), SuspensionGround.INCOMPLETE_APPLICATION);
                    Suspension second =
                            Suspension.of(s.plusDays(cut), s.plusDays(len - 1L), SuspensionGround.APPLICANT_DELAY);
                    Deadline one = Deadlines.compute(r.withSuspensions(concat(r.suspensions(), whole)));
                    List<Suspension> split = concat(r.suspensions(), first);
                    split.add(second);
                    Deadline two = Deadlines.compute(r.withSuspensions(split));
                    assertThat(two.deadline()).isEqualTo(one.deadline());
                    assertThat(two.rawDeadline()).isEqualTo(one.rawDeadline());
                    assertThat(two.suspendedDays()).isEqualTo(one.suspendedDays());
                });
    }

    @Test
    void overlappingSuspensionsCountTheirUnionOnce() {
        qt().withExamples(EXAMPLES)
                .forAll(TimeGenerators.deadlineRequests(FROM, TO))
                .checkAssert(r -> {
                    // duplicating every suspension changes nothing
                    List<Suspension> doubled = new ArrayList<>(r.suspensions());
                    doubled.addAll(r.suspensions());
                    Deadline d1 = Deadlines.compute(r);
                    Deadline d2 = Deadlines.compute(r.withSuspensions(doubled));
                    assertThat(d2.deadline()).isEqualTo(d1.deadline());
                    // and the order of suspensions does not matter
                    List<Suspension> reversed = new ArrayList<>(r.suspensions());
                    java.util.Collections.reverse(reversed);
                    assertThat(Deadlines.compute(r.withSuspensions(reversed)).deadline())
                            .isEqualTo(d1.deadline());
                });
    }

    @Test
    void shiftingEverythingShiftsTheDublinDeadline() {
        // metamorphic: under Dublin art. 42 with a term in days, no calendar matters
        qt().withExamples(EXAMPLES)
                .forAll(
                        TimeGenerators.deadlineRequests(FROM, TO),
                        SourceDSL.integers().between(-3000, 3000))
                .checkAssert((r, n) -> {
                    // months depend on the calendar; the same length in days does not
                    Period inDays = Period.ofDays(
                            (int) ChronoUnit.DAYS.between(r.start(), r.start().plus(r.term())));
                    DeadlineRequest dublin = r.withTerm(inDays).withCalculus(DeadlineCalculus.DUBLIN_ART_42);
                    List<Suspension> shifted = new ArrayList<>();
                    for (Suspension s : r.suspensions()) {
                        shifted.add(Suspension.of(s.start().plusDays(n), s.end().plusDays(n), s.ground()));
                    }
                    Deadline a = Deadlines.compute(dublin);
                    Deadline b = Deadlines.compute(
                            dublin.withStart(r.start().plusDays(n)).withSuspensions(shifted));
                    assertThat(b.deadline()).isEqualTo(a.deadline().plusDays(n));
                });
    }

    @Test
    void extensionsNeverMakeTheDeadlineEarlier() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        TimeGenerators.deadlineRequests(FROM, TO),
                        SourceDSL.integers().between(1, 90))
                .checkAssert((r, days) -> {
                    Deadline before = Deadlines.compute(r);
                    Deadline after = Deadlines.compute(
                            r.withExtensions(Extension.of(Period.ofDays(days), ExtensionBasis.AWB_4_14, r.start())));
                    assertThat(after.deadline()).isAfter(before.deadline().minusDays(1));
                    assertThat(after.rawDeadline())
                            .isAfterOrEqualTo(before.rawDeadline().plusDays(days));
                });
    }

    @Test
    void statusCountsDaysLeft() {
        Gen<Integer> offsets = SourceDSL.integers().between(-400, 400);
        qt().withExamples(EXAMPLES).forAll(TimeGenerators.deadlines(), offsets).checkAssert((d, off) -> {
            DeadlineStatus s = d.statusOn(d.deadline().plusDays(off));
            assertThat(s.daysLeft()).isEqualTo(-off);
            assertThat(s.lapsed()).isEqualTo(off > 0);
            assertThat(s.daysOverdue()).isEqualTo(Math.max(0, off));
        });
    }

    private static DeadlineRequest.Builder base(LocalDate start, Period term, DeadlineCalculus calculus) {
        return DeadlineRequest.builder()
                .start(start)
                .term(term)
                .termSource(Sources.ATW)
                .calculus(calculus);
    }

    private static List<Suspension> concat(List<Suspension> list, Suspension extra) {
        List<Suspension> all = new ArrayList<>(list);
        all.add(extra);
        return all;
    }
}
