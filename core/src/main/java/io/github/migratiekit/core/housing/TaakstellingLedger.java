package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries backlogs and leads from period to period: the corrected task of a period is its own share plus the backlog
 * (achterstand) or minus the lead (voorsprong) from earlier periods, and what is not housed carries over (Staat van
 * Migratie 2024, figs. 118–119: start + taakstelling − housed = next start; Opnieuw Thuis: 2017-I, 13 000 plus a
 * backlog of 6 082).
 *
 * <p>Stateless and thread-safe.
 */
public final class TaakstellingLedger {
    private TaakstellingLedger() {}

    /**
     * Computes the ledger lines for consecutive periods.
     *
     * @param openingPosition the backlog (positive) or lead (negative) at the start of the first period
     * @param entries the periods in order, each the half year after the previous one
     * @return one line per entry
     * @throws InvalidHousingInputException if the periods are not consecutive half years
     */
    public static List<LedgerLine> run(long openingPosition, List<LedgerEntry> entries) {
        Checks.nonNull(entries, "entries");
        List<LedgerLine> lines = new ArrayList<>(entries.size());
        long position = openingPosition;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            if (i > 0 && !e.period().equals(entries.get(i - 1).period().next())) {
                throw new InvalidHousingInputException(
                        "entries[" + i + "].period",
                        "expected " + entries.get(i - 1).period().next() + " after "
                                + entries.get(i - 1).period() + ", got " + e.period());
            }
            lines.add(line(e.period(), position, e.task(), e.housed()));
            position = lines.get(i).closingPosition();
        }
        return lines;
    }

    /**
     * Computes one ledger line.
     *
     * @param period the half year
     * @param openingPosition the backlog (positive) or lead (negative) carried in
     * @param task the period's own taakstelling; not negative
     * @param housed the number housed; not negative
     * @return the line
     * @throws InvalidHousingInputException if the task or the number housed is negative
     */
    public static LedgerLine line(TaakstellingPeriod period, long openingPosition, long task, long housed) {
        LedgerEntry.of(period, task, housed);
        long corrected;
        long closing;
        try {
            corrected = Math.addExact(task, openingPosition);
            closing = Math.subtractExact(corrected, housed);
        } catch (ArithmeticException e) {
            throw new InvalidHousingInputException("openingPosition", "too large: " + openingPosition);
        }
        return new LedgerLine(period, openingPosition, task, corrected, housed, closing, percentage(housed, corrected));
    }

    static Optional<BigDecimal> percentage(long housed, long corrected) {
        if (corrected <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(housed)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(corrected), 1, RoundingMode.HALF_UP));
    }

    /**
     * Explains one ledger line.
     *
     * @param line the line
     * @return the steps: opening position, corrected task, housed, closing position
     */
    public static Explanation explain(LedgerLine line) {
        Checks.nonNull(line, "line");
        return Explanation.builder()
                .step(
                        line.period() + ": own task " + line.task() + describe(line.openingPosition(), " carried in")
                                + " gives a corrected task of " + line.correctedTask(),
                        HousingSources.STAAT_VAN_MIGRATIE_2024_LEDGER)
                .fact("Housed: " + line.housed()
                        + line.percentage()
                                .map(p -> " (" + p.toPlainString() + "%)")
                                .orElse(""))
                .step(
                        "Position at the end of " + line.period() + ": " + position(line.closingPosition()),
                        HousingSources.STAAT_VAN_MIGRATIE_2024_LEDGER)
                .build();
    }

    static String position(long position) {
        if (position > 0) {
            return "a backlog (achterstand) of " + position;
        }
        if (position < 0) {
            return "a lead (voorsprong) of " + (-position);
        }
        return "nothing outstanding";
    }

    private static String describe(long position, String suffix) {
        if (position > 0) {
            return " plus a backlog of " + position + suffix;
        }
        if (position < 0) {
            return " minus a lead of " + (-position) + suffix;
        }
        return " with nothing" + suffix;
    }
}
