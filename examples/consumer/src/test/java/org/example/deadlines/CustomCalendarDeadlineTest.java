package org.example.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.core.time.testing.TimeGenerators;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import org.example.calendar.AtwWithClosingDays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Deadlines counted with our own calendar: a calendar that closes more days can only push a rolled deadline later,
 * and the deadline always falls on one of its working days (Regulation 1182/71 art. 3(4) rolls with the calendar of
 * the State concerned, which is why the calculus takes a calendar).
 */
class CustomCalendarDeadlineTest {

    /** 0–20 closing days anywhere in the year (a non-leap year, so no 29 February). */
    private static Gen<List<MonthDay>> closingDays() {
        Gen<MonthDay> day = integers().between(1, 365).map(d -> MonthDay.from(LocalDate.ofYearDay(2023, d)));
        return lists().of(day).ofSizeBetween(0, 20);
    }

    @Test
    void moreClosingDaysNeverGiveAnEarlierDeadlineAndItFallsOnAnOpenDay() {
        qt().withExamples(300)
                .forAll(TimeGenerators.deadlineRequests(), closingDays())
                .checkAssert((generated, closed) -> {
                    AtwWithClosingDays calendar = AtwWithClosingDays.of("office closed", new HashSet<>(closed));
                    var request = generated.withCalculus(DeadlineCalculus.EU_REGULATION_1182_71);

                    Deadline atw = Deadlines.compute(request);
                    Deadline ours = Deadlines.compute(request.withCalendar(calendar));

                    assertThat(ours.rawDeadline())
                            .isEqualTo(atw.rawDeadline()); // the calendar only matters for the roll
                    assertThat(ours.deadline())
                            .as("%s with %s", request, closed)
                            .isAfterOrEqualTo(atw.deadline());
                    assertThat(calendar.isWorkingDay(ours.deadline()))
                            .as("%s with %s ends on %s", request, closed, ours.deadline())
                            .isTrue();
                });
    }
}
