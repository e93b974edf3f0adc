package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * When one State fully applies the Schengen acquis, so that days of stay there count towards the short-stay limit.
 * A row without {@code validFrom} records a State that does not apply it (e.g. Cyprus, Ireland). Immutable and
 * thread-safe.
 *
 * @param state ISO 3166-1 alpha-2 code
 * @param name the English short name
 * @param validFrom the first day on which stays there count, or empty if they never count
 * @param validTo the last day on which stays there count, or empty if open-ended
 * @param source the decision that put the acquis into effect, with a note where uncertain
 */
public record MembershipPeriod(
        String state, String name, Optional<LocalDate> validFrom, Optional<LocalDate> validTo, LegalSource source) {

    /**
     * Validates the row.
     *
     * @param state ISO 3166-1 alpha-2 code
     * @param name the English short name
     * @param validFrom the first day on which stays there count, or empty if they never count
     * @param validTo the last day on which stays there count, or empty if open-ended
     * @param source the decision that put the acquis into effect, with a note where uncertain
     * @throws InvalidStayException if the code is not two letters or {@code validTo} is before {@code validFrom}
     */
    public MembershipPeriod {
        Checks.nonNull(state, "membershipPeriod.state");
        Checks.nonNull(name, "membershipPeriod.name");
        Checks.nonNull(validFrom, "membershipPeriod.validFrom");
        Checks.nonNull(validTo, "membershipPeriod.validTo");
        Checks.nonNull(source, "membershipPeriod.source");
        state = state.trim().toUpperCase(Locale.ROOT);
        if (!state.matches("[A-Z]{2}")) {
            throw new InvalidStayException("membership.state", "'" + state + "' is not an ISO alpha-2 code");
        }
        if (validTo.isPresent() && (validFrom.isEmpty() || validTo.get().isBefore(validFrom.get()))) {
            throw new InvalidStayException(
                    "membership.validTo", state + ": validTo " + validTo.get() + " is before validFrom or without it");
        }
    }

    /**
     * Tells whether stays in this State count on a day.
     *
     * @param day the day
     * @return true if the acquis applied on that day
     */
    public boolean appliesOn(LocalDate day) {
        return validFrom.isPresent()
                && !day.isBefore(validFrom.get())
                && validTo.map(to -> !day.isAfter(to)).orElse(true);
    }
}
