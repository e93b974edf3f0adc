package io.github.migratiekit.examples.tour;

import io.github.migratiekit.core.time.AtwCalendar;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.SuspensionGround;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Deadlines: an appeal period that ends on Good Friday, a regular application suspended while the applicant
 * completes it, and an asylum application lodged in 2023 under the categorical extension.
 */
public final class DeadlinesExample {
    private DeadlinesExample() {}

    /**
     * Runs the example on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints the example.
     *
     * @param out where to print
     */
    public static void run(PrintWriter out) {
        ProcedureTerms terms = ProcedureTerms.standard();

        out.println(
                "A regular decision is announced on Friday 2023-03-10. The four-week appeal period ends on Good Friday:");
        Deadline appeal = terms.deadline("appeal-regular", LocalDate.of(2023, 3, 10), List.of(), List.of());
        print(out, appeal);

        out.println();
        out.println("An application for a regular permit is received on 2026-01-12; the IND asks for a missing");
        out.println("document and the applicant takes from 2026-02-02 to 2026-02-15 to send it:");
        Deadline regular = terms.deadline(
                "regular",
                LocalDate.of(2026, 1, 12),
                List.of(Suspension.of(
                        LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 15), SuspensionGround.INCOMPLETE_APPLICATION)),
                List.of());
        print(out, regular);
        out.println("  On 2026-04-01 there are "
                + regular.statusOn(LocalDate.of(2026, 4, 1)).daysLeft() + " days left.");

        out.println();
        out.println("An asylum application received on 2023-05-31 falls under the extension for 2023:");
        print(out, terms.deadline("asylum", LocalDate.of(2023, 5, 31), List.of(), List.of()));

        out.println();
        out.println(
                "Atw holidays in 2026: " + AtwCalendar.standard().holidays(2026).size()
                        + " days, including the royal-decree days 2 January and 15 May.");
    }

    private static void print(PrintWriter out, Deadline d) {
        out.println("  Last day: " + d.deadline() + " (" + d.deadline().getDayOfWeek() + ")");
        d.explanation().steps().forEach(s -> out.println("    - " + s));
    }
}
