package io.github.migratiekit.statistics.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A printed figure together with how exact it is: {@link Exact exact}, {@link Rounded rounded} to a step (the Staat
 * van Migratie rounds counts to tens), {@link Censored disclosure-controlled} ({@code "<5"} stands for 1–4), or
 * {@link Corrected reported next to a later correction} (the IND 2016 tables keep 18 170 first applications, a
 * footnote gives 18 250).
 *
 * <p>Every value knows the {@link #range() range} of true values it can stand for; computations work on ranges so
 * that a censored value never turns into an exact number by accident.
 *
 * <p>JSON form: a compact token, e.g. {@code "14040"} (exact), {@code "14040~10"} (rounded to tens), {@code "54~1"}
 * (a percentage rounded to whole points), {@code "<5"} (1–4), {@code "18170!18250"} (reported, corrected).
 * Immutable and thread-safe.
 */
public sealed interface Value permits Value.Exact, Value.Rounded, Value.Censored, Value.Corrected {

    /**
     * Returns the range of true values this figure can stand for.
     *
     * @return the closed range; a point for exact values
     */
    Interval range();

    /**
     * Returns the number as printed (for a correction: the corrected number; for a censored value: empty).
     *
     * @return the printed number, or empty when the source prints none
     */
    Optional<BigDecimal> printed();

    /**
     * Returns the compact token (the JSON form).
     *
     * @return the token, which {@link #parse(String)} reads back to an equal value
     */
    @JsonValue
    String token();

    /**
     * Returns whether the figure is known exactly.
     *
     * @return true only for exact values (and corrections whose corrected value is exact)
     */
    default boolean isExact() {
        return range().isPoint();
    }

    /**
     * Returns the number to use as a point estimate: the printed number, or the midpoint of a censored range.
     *
     * @return the point estimate
     */
    default double point() {
        return printed().map(BigDecimal::doubleValue).orElseGet(() -> range().mid());
    }

    /**
     * Returns an exact value.
     *
     * @param value the number
     * @return the value
     */
    static Value exact(BigDecimal value) {
        return new Exact(value);
    }

    /**
     * Returns an exact value.
     *
     * @param value the number
     * @return the value
     */
    static Value exact(long value) {
        return new Exact(BigDecimal.valueOf(value));
    }

    /**
     * Returns a value rounded to the nearest multiple of {@code step}.
     *
     * @param value the printed number
     * @param step the rounding step, positive
     * @return the value
     * @throws InvalidDatasetException if the step is not positive
     */
    static Value rounded(BigDecimal value, BigDecimal step) {
        return new Rounded(value, step);
    }

    /**
     * Reads a token: {@code "123"}, {@code "123~10"}, {@code "<5"}, {@code "<10"}, or {@code "REPORTED!CORRECTED"}.
     *
     * @param token the token
     * @return the value
     * @throws InvalidDatasetException if the token is malformed
     */
    @JsonCreator
    static Value parse(String token) {
        Checks.nonNull(token, "value");
        String t = token.trim();
        int bang = t.indexOf('!');
        if (bang >= 0) {
            return new Corrected(parse(t.substring(0, bang)), parse(t.substring(bang + 1)));
        }
        if (t.startsWith("<")) {
            long bound = parseNumber(t.substring(1), token).longValueExact();
            return Censored.below(bound);
        }
        int tilde = t.indexOf('~');
        if (tilde >= 0) {
            return new Rounded(parseNumber(t.substring(0, tilde), token), parseNumber(t.substring(tilde + 1), token));
        }
        return new Exact(parseNumber(t, token));
    }

    /** Reads a token that must be of one kind of value (the JSON form of that kind). */
    private static <T extends Value> T parseAs(String token, Class<T> kind, String expected) {
        Value v = parse(token);
        if (!kind.isInstance(v)) {
            throw new InvalidDatasetException("value", "expected " + expected + ", got '" + token + "'");
        }
        return kind.cast(v);
    }

    private static BigDecimal parseNumber(String text, String token) {
        BigDecimal n;
        String t = text.trim();
        // digits as a table prints them: an exponent (145e5, found by fuzzing) would not survive a round trip
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            throw new InvalidDatasetException(
                    "value", "not a number token (123, 123~10, <5, 18170!18250): '" + token + "'");
        }
        try {
            n = new BigDecimal(t);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidDatasetException(
                    "value", "not a number token (123, 123~10, <5, 18170!18250): '" + token + "'", e);
        }
        return DatasetFiles.plausible(n, token);
    }

    /**
     * A figure known exactly (e.g. a CBS count published unrounded).
     *
     * @param value the number
     */
    record Exact(BigDecimal value) implements Value {

        /**
         * Refuses a {@code null} value.
         *
         * @param value the number
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Exact {
            Checks.nonNull(value, "exact.value");
        }

        /** The JSON form of this kind of value is its token too: an object or another kind of token is refused. */
        @JsonCreator
        private static Exact fromToken(String token) {
            return Value.parseAs(token, Exact.class, "an exact value such as 14040");
        }

        @Override
        public Interval range() {
            return Interval.exactly(value.doubleValue());
        }

        @Override
        public Optional<BigDecimal> printed() {
            return Optional.of(value);
        }

        @Override
        public String token() {
            return value.toPlainString();
        }

        @Override
        public String toString() {
            return token();
        }
    }

    /**
     * A figure rounded to the nearest multiple of {@code step}: it stands for {@code [value - step/2, value +
     * step/2]}. Under the Staat van Migratie's disclosure rule (counts 5–10 shown as 10) a printed 10 stands for 5–14,
     * which this range covers.
     *
     * @param value the printed number
     * @param step the rounding step, positive
     */
    record Rounded(BigDecimal value, BigDecimal step) implements Value {
        /**
         * Validates the step.
         *
         * @param value the printed number
         * @param step the rounding step, positive
         * @throws InvalidDatasetException if the step is not positive
         */
        public Rounded {
            Checks.nonNull(value, "rounded.value");
            Checks.nonNull(step, "rounded.step");
            if (step.signum() <= 0) {
                throw new InvalidDatasetException("value.step", "must be positive, was " + step.toPlainString());
            }
        }

        /** The JSON form of this kind of value is its token too: an object or another kind of token is refused. */
        @JsonCreator
        private static Rounded fromToken(String token) {
            return Value.parseAs(token, Rounded.class, "a rounded value such as 14040~10");
        }

        @Override
        public Interval range() {
            double half = step.doubleValue() / 2;
            double v = value.doubleValue();
            return Interval.of(v - half, v + half);
        }

        @Override
        public Optional<BigDecimal> printed() {
            return Optional.of(value);
        }

        @Override
        public String token() {
            return value.toPlainString() + "~" + step.toPlainString();
        }

        @Override
        public String toString() {
            return token();
        }
    }

    /**
     * A disclosure-controlled count printed as {@code "<N"}: the true count lies in {@code [1, N-1]} (a zero would be
     * printed as 0 or a dash).
     *
     * @param below the bound printed after {@code <}, at least 2
     */
    record Censored(long below) implements Value {
        /**
         * Validates the bound.
         *
         * @param below the bound printed after {@code <}, at least 2
         * @throws InvalidDatasetException if {@code below < 2}
         */
        public Censored {
            if (below < 2) {
                throw new InvalidDatasetException("value", "'<" + below + "' stands for no positive count");
            }
        }

        /** The JSON form of this kind of value is its token too: an object or another kind of token is refused. */
        @JsonCreator
        private static Censored fromToken(String token) {
            return Value.parseAs(token, Censored.class, "a censored value such as <5");
        }

        static Censored below(long bound) {
            return new Censored(bound);
        }

        @Override
        public Interval range() {
            return Interval.of(1, below - 1);
        }

        @Override
        public Optional<BigDecimal> printed() {
            return Optional.empty();
        }

        @Override
        public String token() {
            return "<" + below;
        }

        @Override
        public String toString() {
            return token();
        }
    }

    /**
     * A figure the source reports in its tables and corrects elsewhere (a footnote, a later edition). Computations
     * use the corrected value; the reported one stays available for reproducing the source's own arithmetic.
     *
     * @param reported the figure as printed in the table
     * @param corrected the figure as the source corrects it elsewhere; the one computations use
     */
    record Corrected(Value reported, Value corrected) implements Value {
        /**
         * Validates that corrections are not nested.
         *
         * @param reported the figure as printed in the table
         * @param corrected the figure as the source corrects it elsewhere; the one computations use
         * @throws InvalidDatasetException if either side is itself a correction
         */
        public Corrected {
            Checks.nonNull(reported, "corrected.reported");
            Checks.nonNull(corrected, "corrected.corrected");
            if (reported instanceof Corrected || corrected instanceof Corrected) {
                throw new InvalidDatasetException("value", "a correction cannot itself hold a correction");
            }
        }

        /** The JSON form of this kind of value is its token too: an object or another kind of token is refused. */
        @JsonCreator
        private static Corrected fromToken(String token) {
            return Value.parseAs(token, Corrected.class, "a corrected value such as 18170!18250");
        }

        @Override
        public Interval range() {
            return corrected.range();
        }

        @Override
        public Optional<BigDecimal> printed() {
            return corrected.printed();
        }

        @Override
        public String token() {
            return reported.token() + "!" + corrected.token();
        }

        @Override
        public String toString() {
            return token();
        }
    }
}
