package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The short-stay rule for any number of travellers, streamed: rows arrive grouped by traveller, and each traveller's
 * answer is handed to a sink as soon as the next traveller starts, so memory is bounded by the largest single history,
 * not by the input.
 *
 * <p>The answer is that of {@link ShortStayCalculator#control} and {@link ShortStayCalculator#plan} with the same
 * membership table and rules: a stay that names a State counts only for the days that State applied the acquis
 * ({@link SchengenMembership}), excluded periods are not counted, and each day is assessed under the rule in force on
 * it ({@link ShortStayRules}, by the traveller's nationality when given). Stays of one traveller may come in any order;
 * an exit and re-entry on the same day count once, stays overlapping by more are rejected naming both lines.
 *
 * <p>Grouping ({@link Order}): with {@link Order#SORTED} the traveller ids must come in ascending order, either text
 * order (by Unicode code point, as {@code LC_ALL=C sort}, SQL on a binary collation and Spark sort strings) or,
 * when every id is a whole number, numeric order. That makes a traveller whose rows reappear later an error naming the
 * line, in constant memory. {@link Order#ANY} accepts any order of groups and remembers every id seen (memory grows
 * with the number of travellers). Errors name the line and never the traveller id (it may be a V-number).
 *
 * <p>Limits: at most {@value #MAX_ROWS_PER_TRAVELLER} rows per traveller (1900–2200 holds about 110 000 days).
 * Not thread-safe: use one stream per thread or partition.
 */
public final class ShortStayStream {
    /** The most rows (stays plus excluded periods) one traveller may have. */
    public static final int MAX_ROWS_PER_TRAVELLER = 200_000;

    /** How the groups of rows of each traveller are ordered. */
    public enum Order {
        /** Traveller ids ascending in text or numeric order; checked in constant memory. */
        SORTED,
        /** Groups in any order; every id is remembered to reject a traveller that reappears. */
        ANY
    }

    private static final int OFFSET = 30_000; // epoch days 1900–2200 plus this are positive and below 2^17
    private static final int MIN_DAY = Dates.epoch(Dates.MIN);
    private static final int MAX_DAY = Dates.epoch(Dates.MAX);

    private final ShortStayCalculator calculator;
    private final BatchQuery query;
    private final Order order;
    private final Consumer<BatchRow> sink;
    private final int onDay;
    private final int entryDay;
    private final Map<String, int[]> membership = new HashMap<>();
    private final Map<Optional<String>, RuleTimeline> timelines = new HashMap<>();
    private @Nullable RuleTimeline general;
    private @Nullable ShortStayRule generalRule;
    private long[] packed = new long[16];
    private final @Nullable Set<String> seen;

    // the current traveller
    private @Nullable String current;
    private @Nullable String nationality;
    private long nationalityLine;
    private int n;
    private long[] keys = new long[16]; // (entry+OFFSET) << 46 | (exit+OFFSET) << 29 | index
    private long[] clipped = new long[16]; // packed clipped stay, -1 if nothing counts
    private long[] lines = new long[16];
    private int nx;
    private long[] excluded = new long[4];

    // ordering
    private @Nullable String previous;
    private boolean textOrder = true;
    private boolean numericOrder = true;

    private long travellers;
    private long rows;
    private final int[] numbers = new int[3];
    private final int[] bad = new int[2];
    private final int[] scratch = new int[2];
    private final int[] planned = new int[2];

    private ShortStayStream(ShortStayCalculator calculator, BatchQuery query, Order order, Consumer<BatchRow> sink) {
        this.calculator = calculator;
        this.query = query;
        this.order = order;
        this.sink = sink;
        this.onDay = Dates.epoch(query.on());
        this.entryDay = query.entry().map(Dates::epoch).orElse(ShortStayBatch.NO_DAY);
        this.seen = order == Order.ANY ? new HashSet<>() : null;
    }

    /**
     * Creates a stream.
     *
     * @param calculator the membership table and rules to apply ({@link ShortStayCalculator#standard()})
     * @param query the control day and optional planned entry
     * @param order how the groups are ordered
     * @param sink receives one row per traveller, in input order
     * @return the stream
     */
    public static ShortStayStream of(
            ShortStayCalculator calculator, BatchQuery query, Order order, Consumer<BatchRow> sink) {
        Checks.nonNull(calculator, "calculator");
        Checks.nonNull(query, "query");
        Checks.nonNull(order, "order");
        Checks.nonNull(sink, "sink");
        return new ShortStayStream(calculator, query, order, sink);
    }

    /**
     * Adds one stay.
     *
     * @param line the input line (or row number), for error messages
     * @param travellerId the traveller
     * @param entryEpochDay the day of entry
     * @param exitEpochDay the day of exit
     * @param state ISO alpha-2 code of the State, or null for "the Schengen area"
     * @throws InvalidStayException naming the line for a day outside 1900–2200, an exit before the entry, an
     *     unknown State, a traveller out of order or reappearing, or too many rows
     */
    public void stay(long line, String travellerId, int entryEpochDay, int exitEpochDay, @Nullable String state) {
        group(line, travellerId);
        checkDay(line, "entry", entryEpochDay);
        checkDay(line, "exit", exitEpochDay);
        if (exitEpochDay < entryEpochDay) {
            throw new InvalidStayException(
                    "line " + line + " exit",
                    "exit " + Dates.day(exitEpochDay) + " is before entry " + Dates.day(entryEpochDay));
        }
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        if (state != null && !state.isEmpty()) {
            int[] m = membership(line, state);
            from = m[0];
            to = m[1];
        }
        checkRows(line, n + nx);
        if (n == keys.length) {
            keys = Arrays.copyOf(keys, n * 2);
            clipped = Arrays.copyOf(clipped, n * 2);
            lines = Arrays.copyOf(lines, n * 2);
        }
        keys[n] = ((long) (entryEpochDay + OFFSET) << 46) | ((long) (exitEpochDay + OFFSET) << 29) | n;
        clipped[n] = Presence.clip(entryEpochDay, exitEpochDay, from, to);
        lines[n] = line;
        n++;
        rows++;
    }

    /**
     * Adds one excluded period (residence permit, long-stay visa) of the current or a new traveller.
     *
     * @param line the input line, for error messages
     * @param travellerId the traveller
     * @param startEpochDay the first day not counted
     * @param endEpochDay the last day not counted
     * @throws InvalidStayException naming the line for a bad day, an end before the start, a traveller out of order
     *     or too many rows
     */
    public void excluded(long line, String travellerId, int startEpochDay, int endEpochDay) {
        group(line, travellerId);
        checkDay(line, "start", startEpochDay);
        checkDay(line, "end", endEpochDay);
        if (endEpochDay < startEpochDay) {
            throw new InvalidStayException(
                    "line " + line + " end",
                    "end " + Dates.day(endEpochDay) + " is before start " + Dates.day(startEpochDay));
        }
        checkRows(line, n + nx);
        if (nx == excluded.length) {
            excluded = Arrays.copyOf(excluded, nx * 2);
        }
        excluded[nx++] = Presence.pack(startEpochDay, endEpochDay);
        rows++;
    }

    /**
     * Sets the nationality of the current or a new traveller (it selects the rule for some nationalities, see {@link
     * ShortStayRules}).
     *
     * @param line the input line, for error messages
     * @param travellerId the traveller
     * @param iso3 ISO 3166-1 alpha-3 code
     * @throws InvalidStayException if the code is not three letters or differs from one given before
     */
    public void nationality(long line, String travellerId, String iso3) {
        group(line, travellerId);
        String code = iso3.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new InvalidStayException(
                    "line " + line + " nationality", "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code such as BRA");
        }
        if (nationality != null && !nationality.equals(code)) {
            throw new InvalidStayException(
                    "line " + line + " nationality",
                    "'" + code + "' differs from the nationality on line " + nationalityLine);
        }
        nationality = code;
        nationalityLine = line;
    }

    /**
     * Ends the input: the last traveller's row goes to the sink.
     *
     * @throws InvalidStayException if the last traveller's stays overlap
     */
    public void finish() {
        close();
    }

    /**
     * Returns the number of travellers whose rows went to the sink.
     *
     * @return the count
     */
    public long travellers() {
        return travellers;
    }

    /**
     * Returns the number of rows (stays and excluded periods) taken so far.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    private void group(long line, String travellerId) {
        if (travellerId.equals(current)) {
            return;
        }
        if (travellerId.isEmpty()) {
            throw new InvalidStayException("line " + line + " travellerId", "is empty");
        }
        close();
        checkOrder(line, travellerId);
        current = travellerId;
    }

    private static void checkRows(long line, int count) {
        if (count >= MAX_ROWS_PER_TRAVELLER) {
            throw new InvalidStayException(
                    "line " + line, "more than " + MAX_ROWS_PER_TRAVELLER + " rows for one traveller");
        }
    }

    private void checkOrder(long line, String id) {
        if (seen != null) {
            if (!seen.add(id)) {
                throw new InvalidStayException(
                        "line " + line + " travellerId",
                        "this traveller's rows appeared before, separated from these by other travellers");
            }
            return;
        }
        String prev = previous;
        previous = id;
        if (prev == null) {
            numericOrder = isNumber(id);
            return;
        }
        textOrder = textOrder && compareCodePoints(prev, id) < 0;
        numericOrder = numericOrder && isNumber(id) && compareNumbers(prev, id) < 0;
        if (!textOrder && !numericOrder) {
            throw new InvalidStayException(
                    "line " + line + " travellerId",
                    "out of order: rows must be grouped by traveller and sorted by traveller id (text order, or"
                            + " numeric order when every id is a number), so that a traveller's rows cannot reappear"
                            + " later; sort the input by traveller id first, or read it unsorted (held in memory)");
        }
    }

    private void close() {
        String id = current;
        if (id == null) {
            return;
        }
        try {
            sink.accept(evaluate(id));
        } finally {
            current = null;
            nationality = null;
            n = 0;
            nx = 0;
        }
        travellers++;
    }

    private BatchRow evaluate(String id) {
        Arrays.sort(keys, 0, n);
        if (packed.length < n) {
            packed = new long[keys.length];
        }
        int k = 0;
        int prevExit = Integer.MIN_VALUE;
        long prevLine = 0;
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            int idx = (int) (key & ((1 << 29) - 1));
            int entry = (int) (key >>> 46) - OFFSET;
            int exit = (int) ((key >>> 29) & ((1 << 17) - 1)) - OFFSET;
            if (i > 0 && entry < prevExit) {
                throw new InvalidStayException(
                        "line " + lines[idx],
                        "stay " + Dates.day(entry) + "/" + Dates.day(exit) + " overlaps the stay on line " + prevLine
                                + " ending " + Dates.day(prevExit));
            }
            prevExit = exit;
            prevLine = lines[idx];
            if (clipped[idx] != -1L) {
                packed[k++] = clipped[idx];
            }
        }
        Presence p = Presence.of(packed, k, Arrays.copyOf(excluded, nx), nx);
        Optional<String> nat = Optional.ofNullable(nationality);
        RuleTimeline timeline = timelines.computeIfAbsent(nat, x -> RuleTimeline.of(calculator.rules(), x));
        ShortStayRule rule = timeline.at(onDay);
        Assessment.control(p, rule, onDay, numbers);
        Assessment.unlawful(p, timeline, bad, scratch);
        int used = numbers[0];
        int m = rule.maxDays();
        int latest = numbers[2] == 0 ? ShortStayBatch.NO_DAY : onDay + numbers[2] - 1;
        String entryRule = "";
        int maxStay = ShortStayBatch.NO_DAY;
        int last = ShortStayBatch.NO_DAY;
        int earliest = ShortStayBatch.NO_DAY;
        if (entryDay != ShortStayBatch.NO_DAY) {
            ShortStayRule er = timeline.at(entryDay);
            if (query.minDays() > er.maxDays()) {
                throw new InvalidStayException(
                        "minDays", "must be between 1 and " + er.maxDays() + ", was " + query.minDays());
            }
            Assessment.plan(p, er, entryDay, query.minDays(), planned);
            entryRule = er.id();
            maxStay = planned[0];
            last = maxStay == 0 ? ShortStayBatch.NO_DAY : entryDay + maxStay - 1;
            earliest = planned[1];
        }
        return new BatchRow(
                id,
                rule.id(),
                used,
                Math.max(0, m - used),
                numbers[1],
                onDay,
                Math.max(0, used - m),
                bad[0],
                bad[1] == Kernel.NONE ? ShortStayBatch.NO_DAY : bad[1],
                latest,
                entryRule,
                maxStay,
                last,
                earliest);
    }

    private int[] membership(long line, String state) {
        int[] m = membership.get(state);
        if (m != null) {
            return m;
        }
        String code = state.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidStayException(
                    "line " + line + " state", "'" + state + "' is not an ISO 3166-1 alpha-2 code such as HR or FR");
        }
        MembershipPeriod p = calculator.membership().require("line " + line + " state", code);
        m = p.validFrom().isEmpty()
                ? new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}
                : new int[] {
                    Dates.epoch(p.validFrom().get()),
                    p.validTo().map(Dates::epoch).orElse(Integer.MAX_VALUE)
                };
        membership.put(state, m);
        return m;
    }

    private static void checkDay(long line, String field, int day) {
        if (day < MIN_DAY || day > MAX_DAY) {
            throw new InvalidStayException(
                    "line " + line + " " + field,
                    Dates.day(day) + " is outside the supported range " + Dates.MIN + " to " + Dates.MAX);
        }
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 1 && s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Numbers without leading zeros: the shorter is smaller, else text order. */
    private static int compareNumbers(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /** Text order by Unicode code point (as UTF-8 bytes compare), unlike {@link String#compareTo} on surrogates. */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
