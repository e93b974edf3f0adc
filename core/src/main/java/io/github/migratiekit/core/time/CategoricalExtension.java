package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;
import java.time.Period;

/**
 * An extension of a decision term for a whole class of cases by a general rule, selected by the date the
 * application was lodged (e.g. WBV 2023/3: +9 months for asylum applications lodged from 1 January to 31 December
 * 2023).
 *
 * <p>Immutable and thread-safe.
 *
 * @param procedure the procedure id it extends, e.g. {@code "asylum"}
 * @param id the instrument's short name, e.g. {@code "WBV 2023/3"}
 * @param lodgedFrom the first lodging date it applies to
 * @param lodgedTo the last lodging date it applies to
 * @param length the extension
 * @param source the instrument
 */
public record CategoricalExtension(
        String procedure, String id, LocalDate lodgedFrom, LocalDate lodgedTo, Period length, LegalSource source) {

    /**
     * Validates the extension.
     *
     * @param procedure the procedure id it extends
     * @param id the instrument's short name
     * @param lodgedFrom the first lodging date it applies to
     * @param lodgedTo the last lodging date it applies to, on or after {@code lodgedFrom}
     * @param length the extension, positive
     * @param source the instrument
     * @throws InvalidInputException if the dates are reversed or the length not positive
     */
    public CategoricalExtension {
        if (lodgedTo.isBefore(lodgedFrom)) {
            throw new InvalidInputException(
                    "categoricalExtension.lodgedTo", id + ": " + lodgedTo + " is before lodgedFrom " + lodgedFrom);
        }
        if (length.isNegative() || length.isZero()) {
            throw new InvalidInputException("categoricalExtension.length", id + ": must be positive, was " + length);
        }
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
