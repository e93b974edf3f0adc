package io.github.migratiekit.examples.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.MigratiekitException;
import io.github.migratiekit.eurules.schengen.BatchQuery;
import io.github.migratiekit.eurules.schengen.BatchRow;
import io.github.migratiekit.eurules.schengen.ShortStayCalculator;
import io.github.migratiekit.eurules.schengen.ShortStayStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schengen-batch --input FILE.csv [--excluded FILE.csv] [--on DATE] [--entry DATE] [--min-days N]
 * [--unsorted]}: one CSV result row per traveller, with the fields of {@code schengen --json}.
 *
 * <p>The input streams through {@link ShortStayStream}: rows grouped by traveller (sorted by traveller id), memory
 * bounded by the largest history. Read with FastCSV (RFC 4180 quoting, CRLF or LF, a UTF-8 byte-order mark).
 */
@Command(
        name = "schengen-batch",
        mixinStandardHelpOptions = true,
        description = {
            "Schengen 90/180 for many travellers, streamed. Input CSV: one row per stay, travellerId,entry,exit"
                    + "[,state[,nationality]] (ISO dates; optional header naming the columns), sorted by traveller id"
                    + " (text order, or numeric order when every id is a number) unless --unsorted. Output CSV: one"
                    + " row per traveller with daysUsed, daysRemaining, windowStart, windowEnd, overstayDays,"
                    + " unlawfulDays, firstUnlawfulDay, latestAllowedDate (with --entry also maxStayDays,"
                    + " lastAllowedDay, earliestEntry), then ruleId (and entryRuleId); empty cell = none. On exit 2"
                    + " the output written so far is incomplete."
        })
final class SchengenBatchCommand implements Runnable {
    /** The longest line accepted: a stay row is tens of characters. */
    static final int MAX_LINE = 64 * 1024;

    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, description = "The CSV file of stays.")
    @SuppressWarnings("NullAway.Init")
    String input;

    @Option(
            names = "--excluded",
            description = "A CSV file of periods not counted (residence permit, long-stay visa):"
                    + " travellerId,start,end[,reason]; held in memory.")
    @Nullable
    String excluded;

    @Option(names = "--on", description = "The control day (default: today).")
    @Nullable
    String on;

    @Option(names = "--entry", description = "A planned entry day for every traveller.")
    @Nullable
    String entry;

    @Option(names = "--min-days", defaultValue = "1", description = "With --entry: the minimum stay, 1–90.")
    int minDays;

    @Option(
            names = "--unsorted",
            description = "Accept rows in any order: the whole input is held in memory (a file of at most an"
                    + " eighth of the Java heap).")
    boolean unsorted;

    @Option(
            names = "--max-input-size",
            defaultValue = "1T",
            description = "Refuse an input larger than this (bytes, or with K, M, G, T), default ${DEFAULT-VALUE}.")
    String maxInputSize = "1T";

    @Override
    public void run() {
        long cap = size("--max-input-size", maxInputSize);
        LocalDate day = on == null ? LocalDate.now() : Cli.date("--on", on);
        LocalDate entryDay = entry == null ? null : Cli.date("--entry", entry);
        BatchQuery query;
        try {
            query = entryDay == null
                    ? new BatchQuery(day, Optional.empty(), minDays)
                    : BatchQuery.plan(day, entryDay, minDays);
        } catch (InvalidInputException e) {
            String option =
                    switch (e.field()) {
                        case "entry" -> "--entry";
                        case "minDays" -> "--min-days";
                        default -> "--on";
                    };
            throw new InvalidInputException(option, e.rule(), e);
        }
        Progress progress = Progress.forTerminal(spec.commandLine().getErr());
        Map<String, List<int[]>> exclusions =
                excluded == null ? Map.of() : readExcluded(Path.of(excluded), Math.min(cap, heapEighth()));
        PrintWriter out = spec.commandLine().getOut();
        CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        boolean planning = query.planning();
        writer.writeRecord(BatchRow.columns(planning));
        ShortStayStream stream = ShortStayStream.of(
                ShortStayCalculator.standard(),
                query,
                unsorted ? ShortStayStream.Order.ANY : ShortStayStream.Order.SORTED,
                row -> writer.writeRecord(row.fields(planning)));
        Path path = Path.of(input);
        long total = regularSize(path);
        progress.phase("reading " + input + (unsorted ? " into memory" : ""));
        try {
            if (unsorted) {
                runUnsorted(path, Math.min(cap, heapEighth()), stream, exclusions, progress, total);
            } else {
                runSorted(path, cap, stream, exclusions, progress, total);
            }
            stream.finish();
        } catch (InvalidInputException e) {
            if (!e.field().startsWith("line")) {
                throw e;
            }
            throw new InvalidInputException(
                    "--input " + e.field(),
                    e.rule().replace("read it unsorted (held in memory)", "use --unsorted (holds the input in memory)"),
                    e);
        }
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.checkError()) {
            throw new InvalidInputException("output", "could not be written completely (disk full or pipe closed)");
        }
        progress.phase(stream.travellers() + " travellers, " + stream.rows() + " rows; done");
    }

    /**
     * Streams the sorted input on two threads: a reader thread parses rows (FastCSV, dates) into batches, this thread
     * applies the rule and writes, so that reading and computing overlap. Rows keep their order; the first error
     * (of either thread, in row order) ends the run.
     */
    private void runSorted(
            Path path,
            long cap,
            ShortStayStream stream,
            Map<String, List<int[]>> exclusions,
            Progress progress,
            long total) {
        BlockingQueue<RowBatch> full = new ArrayBlockingQueue<>(4);
        BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(6);
        for (int i = 0; i < 6; i++) {
            free.add(new RowBatch());
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(
                () -> {
                    RowBatch[] current = {take(free)};
                    try {
                        read("--input", path, cap, progress, total, (line, id, f, cols) -> {
                            if (stop.get()) {
                                throw new CancellationException();
                            }
                            RowBatch b = current[0];
                            b.add(
                                    line,
                                    id,
                                    day(line, "entry", f, cols.entry),
                                    day(line, "exit", f, cols.exit),
                                    state(f, cols),
                                    cols.nationality >= 0 && !f.blank(cols.nationality)
                                            ? f.text(cols.nationality)
                                            : null);
                            if (b.size == RowBatch.SIZE) {
                                put(full, b);
                                current[0] = take(free);
                            }
                        });
                        current[0].last = true;
                    } catch (CancellationException e) {
                        return;
                    } catch (RuntimeException | Error e) {
                        current[0].failure = e;
                    }
                    put(full, current[0]);
                },
                "schengen-batch-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                RowBatch b = take(full);
                for (int i = 0; i < b.size; i++) {
                    long line = b.lines[i];
                    String id = b.ids[i];
                    if (!exclusions.isEmpty()) {
                        pushExclusions(stream, exclusions, line, id);
                    }
                    String nat = b.nationalities[i];
                    if (nat != null) {
                        stream.nationality(line, id, nat);
                    }
                    stream.stay(line, id, b.entries[i], b.exits[i], b.states[i]);
                }
                Throwable failure = b.failure;
                if (failure instanceof RuntimeException re) {
                    throw re;
                } else if (failure instanceof Error er) {
                    throw er;
                }
                if (b.last) {
                    return;
                }
                b.clear();
                put(free, b);
            }
        } finally {
            stop.set(true);
            free.clear();
            free.add(new RowBatch());
            full.clear();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Parsed rows handed from the reader thread to the computing thread. */
    static final class RowBatch {
        static final int SIZE = 4096;
        final long[] lines = new long[SIZE];
        final String[] ids = new String[SIZE];
        final int[] entries = new int[SIZE];
        final int[] exits = new int[SIZE];
        final @Nullable String[] states = new String[SIZE];
        final @Nullable String[] nationalities = new String[SIZE];
        int size;
        boolean last;

        @Nullable
        Throwable failure;

        void add(long line, String id, int entry, int exit, @Nullable String state, @Nullable String nationality) {
            lines[size] = line;
            ids[size] = id;
            entries[size] = entry;
            exits[size] = exit;
            states[size] = state;
            nationalities[size] = nationality;
            size++;
        }

        void clear() {
            size = 0;
            last = false;
            failure = null;
        }
    }

    private static RowBatch take(BlockingQueue<RowBatch> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private static void put(BlockingQueue<RowBatch> q, RowBatch b) {
        try {
            q.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private void runUnsorted(
            Path path,
            long cap,
            ShortStayStream stream,
            Map<String, List<int[]>> exclusions,
            Progress progress,
            long total) {
        Map<String, List<Object[]>> groups = new LinkedHashMap<>();
        try {
            read("--input", path, cap, progress, total, (line, id, f, cols) -> {
                String nat = cols.nationality >= 0 ? f.text(cols.nationality) : "";
                Object[] row = {
                    line, day(line, "entry", f, cols.entry), day(line, "exit", f, cols.exit), state(f, cols), nat
                };
                groups.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            });
        } catch (OutOfMemoryError e) {
            groups.clear();
            throw new InvalidInputException(
                    "--unsorted",
                    "'" + input + "' does not fit in memory: sort it by traveller id and drop --unsorted");
        }
        progress.phase(groups.size() + " travellers read; checking");
        for (Map.Entry<String, List<Object[]>> g : groups.entrySet()) {
            String id = g.getKey();
            for (Object[] r : g.getValue()) {
                long line = (Long) r[0];
                if (!exclusions.isEmpty()) {
                    pushExclusions(stream, exclusions, line, id);
                }
                if (!((String) r[4]).isBlank()) {
                    stream.nationality(line, id, (String) r[4]);
                }
                stream.stay(line, id, (Integer) r[1], (Integer) r[2], (String) r[3]);
            }
        }
    }

    private static void pushExclusions(
            ShortStayStream stream, Map<String, List<int[]>> exclusions, long line, String id) {
        List<int[]> ex = exclusions.remove(id);
        if (ex != null) {
            for (int[] e : ex) {
                stream.excluded(line, id, e[0], e[1]);
            }
        }
    }

    private Map<String, List<int[]>> readExcluded(Path path, long cap) {
        Map<String, List<int[]>> map = new HashMap<>();
        read(
                "--excluded",
                path,
                cap,
                Progress.of(new PrintWriter(PrintWriter.nullWriter()), false),
                -1,
                (l, id, f, c) -> {
                    int start = day(l, "start", f, c.entry);
                    int end = day(l, "end", f, c.exit);
                    if (end < start) {
                        throw new InvalidInputException(
                                "--excluded line " + l + " end",
                                "end " + LocalDate.ofEpochDay(end) + " is before start " + LocalDate.ofEpochDay(start));
                    }
                    map.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {start, end});
                });
        return map;
    }

    /** Column positions. */
    static final class Columns {
        int id;
        int entry = 1;
        int exit = 2;
        int state;
        int nationality;
        int count = 3;

        /** Positional columns: travellerId,entry,exit[,state[,nationality]] (stays) or travellerId,start,end. */
        Columns(boolean stays) {
            state = stays ? 3 : -1;
            nationality = stays ? 4 : -1;
        }
    }

    /** One parsed row. */
    @FunctionalInterface
    interface RowHandler {
        void row(long line, String id, RawFields fields, Columns columns);
    }

    private void read(String option, Path path, long cap, Progress progress, long total, RowHandler handler) {
        boolean stays = option.equals("--input");
        String label = stays ? "" : option + " "; // errors about --input rows get the option name in run()
        CappedStream in;
        try {
            in = new CappedStream(Files.newInputStream(path), cap);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(
                    option, "cannot read '" + path + "': " + e.getClass().getSimpleName());
        }
        long line = 0;
        RawFields raw = new RawFields();
        try (CsvReader<RawFields> reader = CsvReader.builder()
                .detectBomHeader(true)
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(false)
                .allowExtraCharsAfterClosingQuote(false)
                .maxBufferSize(MAX_LINE)
                .build(raw, in, StandardCharsets.UTF_8)) {
            Columns cols = new Columns(stays);
            String id = "";
            for (RawFields r : reader) {
                line = r.line();
                int n = r.count();
                if (line == 1
                        && (r.equalsStripped(0, "travellerId")
                                || r.text(0).replace("\uFEFF", "").strip().equalsIgnoreCase("travellerId"))) {
                    cols = header(option, r, stays);
                    continue;
                }
                if (r.empty() || n == 1 && r.blank(0)) {
                    throw new InvalidInputException(
                            label + "line " + line,
                            "empty row; expected travellerId," + (stays ? "entry,exit" : "start,end"));
                }
                if (n < 3 || n > 5 && stays || n > 4 && !stays) {
                    throw new InvalidInputException(
                            label + "line " + line,
                            "expected "
                                    + (stays
                                            ? "3 to 5 fields travellerId,entry,exit[,state[,nationality]]"
                                            : "3 or 4 fields travellerId,start,end[,reason]")
                                    + ", found " + n);
                }
                if (n < cols.count) {
                    throw new InvalidInputException(
                            label + "line " + line, "expected " + cols.count + " fields as in the header, found " + n);
                }
                if (!r.equalsStripped(cols.id, id)) {
                    id = r.text(cols.id).strip();
                    if (id.isEmpty()) {
                        throw new InvalidInputException(label + "line " + line + " travellerId", "is empty");
                    }
                }
                try {
                    handler.row(line, id, r, cols);
                } catch (MigratiekitException e) {
                    if (e instanceof InvalidInputException ie && !stays) {
                        throw new InvalidInputException(option + " " + ie.field(), ie.rule(), e);
                    }
                    throw e;
                }
                if ((line & 0xffff) == 0) {
                    progress.tick(in.count(), total, "bytes read");
                }
            }
        } catch (CsvParseException e) {
            throw new InvalidInputException(
                    label + "line " + (line + 1),
                    in.over()
                            ? "'" + path + "' is larger than " + maxInputSize + " bytes (--max-input-size)"
                            : "not a CSV row: " + parseProblem(e));
        } catch (UncheckedIOException | IOException e) {
            throw new InvalidInputException(
                    option,
                    in.over()
                            ? "'" + path + "' is larger than the limit of " + in.cap + " bytes (--max-input-size"
                                    + (unsorted || !stays ? ", an eighth of the heap when held in memory" : "") + ")"
                            : "cannot read '" + path + "': " + e.getClass().getSimpleName());
        }
        progress.tick(total, total, "bytes read");
    }

    private static String parseProblem(CsvParseException e) {
        String m = String.valueOf(e.getMessage()) + " "
                + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (m.contains("buffer") || m.contains("exceed")) {
            return "longer than " + MAX_LINE + " characters (not a CSV file of stays?)";
        }
        return m.contains("uote")
                ? "a quoted field is not closed, or a character follows its closing quote"
                : "malformed";
    }

    private static Columns header(String option, RawFields r, boolean stays) {
        Columns c = new Columns(stays);
        c.state = -1;
        c.nationality = -1;
        c.id = -1;
        c.entry = -1;
        c.exit = -1;
        if (r.count() > RawFields.SLOTS) {
            throw new InvalidInputException(option + " line 1", "at most 5 columns");
        }
        for (int i = 0; i < r.count(); i++) {
            String h = r.text(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            switch (h) {
                case "travellerid" -> c.id = i;
                case "entry", "start" -> c.entry = i;
                case "exit", "end" -> c.exit = i;
                case "state" -> c.state = stays ? i : -1;
                case "nationality" -> c.nationality = stays ? i : -1;
                case "reason" -> {}
                default ->
                    throw new InvalidInputException(option + " line 1", "unknown column '" + h + "' in the header");
            }
        }
        if (c.id < 0 || c.entry < 0 || c.exit < 0) {
            throw new InvalidInputException(
                    option + " line 1", "the header must name travellerId," + (stays ? "entry,exit" : "start,end"));
        }
        if (c.id > 4 || c.entry > 4 || c.exit > 4 || c.state > 4 || c.nationality > 4) {
            throw new InvalidInputException(option + " line 1", "at most 5 columns");
        }
        c.count = Math.max(Math.max(c.id, c.entry), Math.max(c.exit, Math.max(c.state, c.nationality))) + 1;
        return c;
    }

    private static @Nullable String state(RawFields f, Columns c) {
        if (c.state < 0 || f.blank(c.state)) {
            return null;
        }
        return f.text(c.state).strip();
    }

    /** Parses an ISO date {@code YYYY-MM-DD} to an epoch day, as {@link LocalDate#parse} but without allocating. */
    static int day(long line, String field, RawFields f, int column) {
        int days = f.epochDay(column);
        if (days == IsoDates.INVALID) {
            throw new InvalidInputException(
                    "line " + line + " " + field,
                    "not an ISO date (YYYY-MM-DD): '" + f.text(column).strip() + "'");
        }
        return days;
    }

    private static long regularSize(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long heapEighth() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    static long size(String option, String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (!t.isEmpty() && "KMGT".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMGT".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t);
            if (v < 1 || v > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return v * unit;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option, "expected a size such as 500M or 2G, got '" + text + "'");
        }
    }

    /** Counts the bytes read and stops with an {@link IOException} past a cap. */
    static final class CappedStream extends FilterInputStream {
        final long cap;
        private long count;
        private boolean over;

        CappedStream(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        long count() {
            return count;
        }

        boolean over() {
            return over;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > cap) {
                over = true;
                throw new IOException("input larger than " + cap + " bytes");
            }
        }
    }
}
