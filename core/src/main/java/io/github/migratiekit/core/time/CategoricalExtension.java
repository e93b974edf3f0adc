package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * An extension of a decision term for a whole class of cases by a general rule, selected by the date the
 * application was lodged (e.g. WBV 2023/3: +9 months for asylum applications lodged from 1 January to 31 December
 * 2023) and, where the rule also reaches pending cases, by whether the term was still running on the day the rule
 * took effect (WBV 2022/22: also applications whose decision period had not yet expired on 27 September 2022).
 *
 * <p>Immutable and thread-safe.
 *
 * @param procedure the procedure id it extends, e.g. {@code "asylum"}
 * @param id the instrument's short name, e.g. {@code "WBV 2023/3"}
 * @param lodgedFrom the first lodging date it applies to
 * @param lodgedTo the last lodging date it applies to
 * @param length the extension
 * @param source the instrument
 * @param pendingOn if present, the rule also applies to an application lodged before {@code lodgedFrom} whose
 *     term (without this extension) had not yet expired on this day
 */
public record CategoricalExtension(
        String procedure,
        String id,
        LocalDate lodgedFrom,
        LocalDate lodgedTo,
        Period length,
        LegalSource source,
        Optional<LocalDate> pendingOn) {

    /**
     * Validates the extension.
     *
     * @param procedure the procedure id it extends
     * @param id the instrument's short name
     * @param lodgedFrom the first lodging date it applies to
     * @param lodgedTo the last lodging date it applies to, on or after {@code lodgedFrom}
     * @param length the extension, positive
     * @param source the instrument
     * @param pendingOn the day on which a still-running term of an earlier application is also extended, if any
     * @throws InvalidInputException if the dates are reversed or the length not positive
     */
    public CategoricalExtension {
        Checks.nonNull(procedure, "categoricalExtension.procedure");
        Checks.nonNull(id, "categoricalExtension.id");
        Checks.nonNull(lodgedFrom, "categoricalExtension.lodgedFrom");
        Checks.nonNull(lodgedTo, "categoricalExtension.lodgedTo");
        Checks.nonNull(length, "categoricalExtension.length");
        Checks.nonNull(source, "categoricalExtension.source");
        Checks.nonNull(pendingOn, "categoricalExtension.pendingOn");
        if (lodgedTo.isBefore(lodgedFrom)) {
            throw new InvalidInputException(
                    "categoricalExtension.lodgedTo", id + ": " + lodgedTo + " is before lodgedFrom " + lodgedFrom);
        }
        if (length.isNegative() || length.isZero()) {
            throw new InvalidInputException("categoricalExtension.length", id + ": must be positive, was " + length);
        }
    }

    /**
     * Tells whether this extension applies to an application lodged on a day whose term, without this extension,
     * ends on {@code unextendedEnd}: lodged from {@code lodgedFrom} to {@code lodgedTo}, or lodged earlier with the
     * term still running on {@code pendingOn}.
     *
     * @param lodged the lodging date
     * @param unextendedEnd the last day of the term without this extension
     * @return true if the extension applies
     */
    public boolean appliesTo(LocalDate lodged, LocalDate unextendedEnd) {
        if (appliesTo(lodged)) {
            return true;
        }
        return lodged.isBefore(lodgedFrom)
                && pendingOn.map(day -> !unextendedEnd.isBefore(day)).orElse(false);
    }

    /**
     * Tells whether this extension applies to an application lodged on a day.
     *
     * @param lodged the lodging date
     * @return true if {@code lodgedFrom <= lodged <= lodgedTo}
     */
    public boolean appliesTo(LocalDate lodged) {
        return !lodged.isBefore(lodgedFrom) && !lodged.isAfter(lodgedTo);
    }
}
