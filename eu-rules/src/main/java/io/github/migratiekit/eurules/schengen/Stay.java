package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * One presence in the Schengen area: the day of entry and the day of exit, both counted as days of stay (Schengen
 * Borders Code, Reg. (EU) 2016/399 art. 6(1), third subparagraph as amended by Reg. (EU) 610/2013).
 *
 * <p>A stay may name the State where it took place (ISO 3166-1 alpha-2 code, e.g. {@code "HR"}); it then counts only
 * for the days on which that State fully applied the Schengen acquis (see {@link SchengenMembership}). A stay
 * without a State is a presence in the Schengen area as such. Immutable and thread-safe.
 *
 * @param entry the day of entry (first day counted)
 * @param exit the day of exit (last day counted); equal to {@code entry} for a same-day trip
 * @param state the State of the stay, upper-case ISO alpha-2, or empty for "the Schengen area"
 * @param evidence where the dates come from, if known
 */
public record Stay(LocalDate entry, LocalDate exit, Optional<String> state, Optional<EvidenceSource> evidence) {

    /**
     * Validates the stay.
     *
     * @param entry the day of entry (first day counted)
     * @param exit the day of exit (last day counted); equal to {@code entry} for a same-day trip
     * @param state the State of the stay, upper-case ISO alpha-2, or empty for "the Schengen area"
     * @param evidence where the dates come from, if known
     * @throws InvalidStayException if the exit is before the entry, a date is outside 1900–2200, or the State code
     *     is not two letters
     */
    public Stay {
        Checks.nonNull(entry, "stay.entry");
        Checks.nonNull(exit, "stay.exit");
        Checks.nonNull(state, "stay.state");
        Checks.nonNull(evidence, "stay.evidence");
        Dates.check("stay.entry", entry);
        Dates.check("stay.exit", exit);
        if (exit.isBefore(entry)) {
            throw new InvalidStayException("stay.exit", "exit " + exit + " is before entry " + entry);
        }
        state = state.map(s -> s.trim().toUpperCase(Locale.ROOT));
        if (state.isPresent() && !state.get().matches("[A-Z]{2}")) {
            throw new InvalidStayException(
                    "stay.state", "'" + state.get() + "' is not an ISO 3166-1 alpha-2 code such as HR or FR");
        }
    }

    /**
     * Creates a stay in the Schengen area without a State or evidence source.
     *
     * @param entry the day of entry
     * @param exit the day of exit
     * @return the stay
     * @throws InvalidStayException if the exit is before the entry or a date is outside 1900–2200
     */
    public static Stay of(LocalDate entry, LocalDate exit) {
        return new Stay(entry, exit, Optional.empty(), Optional.empty());
    }

    /**
     * Creates a stay in one State.
     *
     * @param entry the day of entry
     * @param exit the day of exit
     * @param state ISO 3166-1 alpha-2 code of the State
     * @return the stay
     * @throws InvalidStayException if the exit is before the entry, a date is outside 1900–2200 or the code is bad
     */
    public static Stay in(String state, LocalDate entry, LocalDate exit) {
        Checks.nonNull(state, "state");
        Checks.nonNull(entry, "entry");
        Checks.nonNull(exit, "exit");
        return new Stay(entry, exit, Optional.of(state), Optional.empty());
    }

    /**
     * Returns a copy with the evidence source set.
     *
     * @param source where the dates come from
     * @return the copy
     */
    public Stay withEvidence(EvidenceSource source) {
        return new Stay(entry, exit, state, Optional.of(source));
    }

    /**
     * Returns the number of calendar days of the stay, both ends included.
     *
     * @return at least 1
     */
    public long days() {
        return exit.toEpochDay() - entry.toEpochDay() + 1;
    }

    /**
     * Returns the days of the stay as a range.
     *
     * @return the closed range entry–exit
     */
    public LocalDateRange range() {
        return LocalDateRange.ofClosed(entry, exit);
    }
}
