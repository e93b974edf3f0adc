package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.eurules.schengen.ControlColumns;
import io.github.migratiekit.eurules.schengen.ShortStayBatch;
import io.github.migratiekit.eurules.schengen.StayColumns;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schengen-batch --input FILE.csv [--on DATE] [--entry DATE] [--min-days N]}: one CSV result row per
 * traveller, with the fields of {@code schengen --json}.
 */
@Command(
        name = "schengen-batch",
        mixinStandardHelpOptions = true,
        description = {
            "Schengen 90/180 for many travellers. Input CSV: one row per stay, travellerId,entry,exit (ISO dates,"
                    + " optional header). Output CSV: one row per traveller with daysUsed, daysRemaining, windowStart,"
                    + " windowEnd, overstayDays, unlawfulDays, firstUnlawfulDay, latestAllowedDate (and with --entry"
                    + " maxStayDays, lastAllowedDay, earliestEntry); empty cell = none."
        })
final class SchengenBatchCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, description = "The CSV file of stays.")
    @SuppressWarnings("NullAway.Init")
    String input;

    @Option(names = "--on", description = "The control day (default: today).")
    @Nullable
    String on;

    @Option(names = "--entry", description = "A planned entry day for every traveller.")
    @Nullable
    String entry;

    @Option(names = "--min-days", defaultValue = "1", description = "With --entry: the minimum stay, 1–90.")
    int minDays;

    @Override
    public void run() {
        Progress progress = Progress.forTerminal(spec.commandLine().getErr());
        progress.phase("reading " + input);
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(input), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(
                    "--input", "cannot read '" + input + "': " + e.getClass().getSimpleName());
        }
        StayColumns cols = StayColumns.parseCsv(lines);
        ShortStayBatch batch = cols.batch();
        progress.phase(batch.travellers() + " travellers, " + (lines.size() - 1) + " rows read; checking");
        int day = (int) (on == null ? LocalDate.now() : Cli.date("--on", on)).toEpochDay();
        ControlColumns c = ControlColumns.allocate(batch.travellers());
        batch.control(day, c);
        int[] maxStay = new int[batch.travellers()];
        int[] earliest = new int[batch.travellers()];
        int entryDay = 0;
        if (entry != null) {
            entryDay = (int) Cli.date("--entry", entry).toEpochDay();
            batch.plan(entryDay, minDays, maxStay, earliest);
        }
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder header = new StringBuilder(
                "travellerId,daysUsed,daysRemaining,windowStart,windowEnd,overstayDays,unlawfulDays,firstUnlawfulDay,"
                        + "latestAllowedDate");
        if (entry != null) {
            header.append(",maxStayDays,lastAllowedDay,earliestEntry");
        }
        out.println(header);
        String windowStart = LocalDate.ofEpochDay(day - 179L).toString();
        String windowEnd = LocalDate.ofEpochDay(day).toString();
        for (int t = 0; t < batch.travellers(); t++) {
            StringBuilder row = new StringBuilder(csv(cols.travellerIds().get(t)));
            row.append(',').append(c.daysUsed()[t]);
            row.append(',').append(c.daysRemaining()[t]);
            row.append(',').append(windowStart);
            row.append(',').append(windowEnd);
            row.append(',').append(c.overstayDays()[t]);
            row.append(',').append(c.unlawfulDays()[t]);
            row.append(',').append(day(c.firstUnlawfulDay()[t]));
            row.append(',').append(day(c.latestAllowedDay()[t]));
            if (entry != null) {
                row.append(',').append(maxStay[t]);
                row.append(',').append(maxStay[t] == 0 ? "" : LocalDate.ofEpochDay(entryDay + maxStay[t] - 1L));
                row.append(',').append(LocalDate.ofEpochDay(earliest[t]));
            }
            out.println(row);
            progress.tick(t + 1L, batch.travellers(), "travellers written");
        }
    }

    private static String day(int epochDay) {
        return epochDay == ShortStayBatch.NO_DAY
                ? ""
                : LocalDate.ofEpochDay(epochDay).toString();
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
