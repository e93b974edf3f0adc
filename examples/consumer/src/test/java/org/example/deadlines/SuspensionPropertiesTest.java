package org.example.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.testing.TimeGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tester's own properties of suspensions (Awb art. 4:15), built from Migratiekit's published generators.
 *
 * <p>{@link TimeGenerators#deadlineRequests()} gives valid requests (start 2024–2027, a term within the Atw's scope,
 * 0–4 suspensions, any calculus); we add one suspension of our own and compare.
 */
class SuspensionPropertiesTest {

    @Test
    void oneMoreSuspensionNeverMakesADeadlineEarlier() {
        // Awb art. 4:15: a suspension can only stop the term; it never takes days away
        qt().withExamples(300)
                .forAll(
                        TimeGenerators.deadlineRequests(),
                        integers().between(1, 120), // first suspended day, in days after the start
                        integers().between(1, 30), // length of the suspension
                        TimeGenerators.suspensionGrounds())
                .checkAssert((request, offset, length, ground) -> {
                    Suspension extra = Suspension.of(
                            request.start().plusDays(offset), request.start().plusDays(offset + length - 1L), ground);
                    Deadline before = Deadlines.compute(request);
                    Deadline after = Deadlines.compute(withOneMore(request, extra));

                    assertThat(after.rawDeadline())
                            .as("raw end, %s + %s", request, extra)
                            .isAfterOrEqualTo(before.rawDeadline());
                    assertThat(after.deadline())
                            .as("deadline, %s + %s", request, extra)
                            .isAfterOrEqualTo(before.deadline());
                });
    }

    @Test
    void aSuspensionThatBeginsAfterTheTermEndedChangesNothing() {
        // Awb art. 4:15: only a running term can be suspended; the last day (before any roll) is rawDeadline()
        qt().withExamples(300)
                .forAll(
                        TimeGenerators.deadlineRequests(),
                        integers().between(1, 60), // days after the raw end
                        integers().between(1, 30),
                        TimeGenerators.suspensionGrounds())
                .checkAssert((request, offset, length, ground) -> {
                    Deadline before = Deadlines.compute(request);
                    Suspension late = Suspension.of(
                            before.rawDeadline().plusDays(offset),
                            before.rawDeadline().plusDays(offset + length - 1L),
                            ground);
                    Deadline after = Deadlines.compute(withOneMore(request, late));

                    assertThat(after.rawDeadline()).as("%s + %s", request, late).isEqualTo(before.rawDeadline());
                    assertThat(after.deadline()).as("%s + %s", request, late).isEqualTo(before.deadline());
                    assertThat(after.suspendedDays()).isEqualTo(before.suspendedDays());
                });
    }

    private static DeadlineRequest withOneMore(DeadlineRequest request, Suspension extra) {
        List<Suspension> all = new ArrayList<>(request.suspensions());
        all.add(extra);
        return request.withSuspensions(all);
    }
}
