package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which States count as Schengen States on which day, as dated data.
 *
 * <p>A day of stay counts towards the 90-day limit only in a State that fully applied the Schengen acquis on that
 * day (Schengen Borders Code art. 6(1), "the territory of the Member States"). The bundled table ({@code
 * schengen-membership.json} next to this class) has one row per State with the date from which the acquis applied:
 * Croatia from 2023-01-01 (Council Decision (EU) 2022/2451), Bulgaria and Romania from 2024-03-31 (Council Decision
 * (EU) 2024/210; uncertain whether 2025-01-01 is meant, see the row's note), Cyprus and Ireland never. Rows whose
 * date could not be checked carry a note; a user can supply corrected rows with {@link #of(Collection)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchengenMembership {
    private static final SchengenMembership STANDARD = load();

    private final Map<String, MembershipPeriod> rows;

    private SchengenMembership(Collection<MembershipPeriod> rows) {
        Map<String, MembershipPeriod> m = new LinkedHashMap<>();
        for (MembershipPeriod p : rows) {
            if (m.put(p.state(), p) != null) {
                throw new InvalidStayException("membership.state", p.state() + " appears more than once");
            }
        }
        this.rows = Map.copyOf(m);
    }

    /**
     * Returns the table bundled with this release.
     *
     * @return the standard membership table
     */
    public static SchengenMembership standard() {
        return STANDARD;
    }

    /**
     * Creates a table from user-supplied rows.
     *
     * @param rows one row per State
     * @return the table
     * @throws InvalidStayException if a State appears twice
     */
    public static SchengenMembership of(Collection<MembershipPeriod> rows) {
        Checks.nonNull(rows, "rows");
        return new SchengenMembership(rows);
    }

    /**
     * Returns the row of a State.
     *
     * @param state ISO alpha-2 code
     * @return the row, or empty if the State is not in the table
     */
    public Optional<MembershipPeriod> period(String state) {
        return Optional.ofNullable(rows.get(state));
    }

    /**
     * Returns the row of a State that a stay names.
     *
     * @param field the field for the error message
     * @param state ISO alpha-2 code
     * @return the row
     * @throws InvalidStayException if the State is not in the table
     */
    MembershipPeriod require(String field, String state) {
        MembershipPeriod p = rows.get(state);
        if (p == null) {
            throw new InvalidStayException(
                    field,
                    "'" + state + "' is not in the Schengen membership table; known: " + new TreeSet<>(rows.keySet()));
        }
        return p;
    }

    /**
     * Tells whether days of stay in a State count on a day.
     *
     * @param state ISO alpha-2 code
     * @param day the day
     * @return true if the State fully applied the Schengen acquis on that day
     * @throws InvalidStayException if the State is not in the table
     */
    public boolean isSchengenState(String state, LocalDate day) {
        return require("state", state).appliesOn(day);
    }

    /**
     * Returns the States that counted on a day.
     *
     * @param day the day
     * @return the ISO codes in alphabetical order
     */
    public List<String> statesOn(LocalDate day) {
        return rows.values().stream()
                .filter(p -> p.appliesOn(day))
                .map(MembershipPeriod::state)
                .sorted()
                .toList();
    }

    /**
     * Returns every row.
     *
     * @return the rows, ordered by State code
     */
    public List<MembershipPeriod> periods() {
        return rows.values().stream()
                .sorted(java.util.Comparator.comparing(MembershipPeriod::state))
                .toList();
    }

    private static SchengenMembership load() {
        String resource = "schengen-membership.json";
        try (InputStream in = SchengenMembership.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + resource);
            }
            return new SchengenMembership(Json.read(in, Data.class).states());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JSON form of the table: {@code {"states": [...]}}.
     *
     * @param states the rows
     */
    public record Data(List<MembershipPeriod> states) {
        /**
         * Copies the list.
         *
         * @param states the rows
         */
        public Data {
            Checks.nonNull(states, "data.states");
            states = List.copyOf(states);
        }
    }
}
