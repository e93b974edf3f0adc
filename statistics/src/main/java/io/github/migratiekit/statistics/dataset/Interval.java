package io.github.migratiekit.statistics.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A closed interval {@code [lo, hi]} of real numbers: the set of true values a printed figure can stand for, or the
 * set of results a computation on such figures can have.
 *
 * <p>Immutable and thread-safe. Arithmetic is conservative interval arithmetic: the result contains every value the
 * operation can produce from members of the operands.
 *
 * @param lo the lower bound, included
 * @param hi the upper bound, included; not below {@code lo}
 */
public record Interval(@JsonProperty("lo") double lo, @JsonProperty("hi") double hi) {
    /**
     * Validates the bounds.
     *
     * @param lo the lower bound, included
     * @param hi the upper bound, included; not below {@code lo}
     * @throws InvalidDatasetException if a bound is not finite or {@code hi < lo}
     */
    @JsonCreator
    public Interval {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new InvalidDatasetException("interval", "bounds must be finite, were " + lo + " and " + hi);
        }
        if (hi < lo) {
            throw new InvalidDatasetException("interval.hi", hi + " is below lo " + lo);
        }
    }

    /**
     * Returns the interval {@code [lo, hi]}.
     *
     * @param lo the lower bound, included
     * @param hi the upper bound
     * @return the interval
     * @throws InvalidDatasetException if {@code hi < lo} or a bound is not finite
     */
    public static Interval of(double lo, double hi) {
        return new Interval(lo, hi);
    }

    /**
     * Returns the degenerate interval {@code [v, v]}.
     *
     * @param v the value
     * @return the interval
     */
    public static Interval exactly(double v) {
        return new Interval(v, v);
    }

    /**
     * Returns whether the interval holds a single value.
     *
     * @return true when {@code lo == hi}
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPoint() {
        return lo == hi;
    }

    /**
     * Returns the midpoint.
     *
     * @return {@code (lo + hi) / 2}
     */
    public double mid() {
        return (lo + hi) / 2;
    }

    /**
     * Returns the width.
     *
     * @return {@code hi - lo}
     */
    public double width() {
        return hi - lo;
    }

    /**
     * Returns whether {@code v} lies in the interval, allowing a relative slack of 1e-9 for floating-point error.
     *
     * @param v the value
     * @return true when {@code lo <= v <= hi} within slack
     */
    public boolean contains(double v) {
        double eps = 1e-9 * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
        return v >= lo - eps && v <= hi + eps;
    }

    /**
     * Returns whether the two intervals share at least one value (with the slack of {@link #contains}).
     *
     * @param other the other interval
     * @return true when they overlap
     */
    public boolean intersects(Interval other) {
        double eps = 1e-9 * Math.max(1, Math.max(Math.abs(hi), Math.abs(other.hi)));
        return lo <= other.hi + eps && other.lo <= hi + eps;
    }

    /**
     * Returns the sum.
     *
     * @param o the other interval
     * @return {@code [lo + o.lo, hi + o.hi]}
     */
    public Interval plus(Interval o) {
        return new Interval(lo + o.lo, hi + o.hi);
    }

    /**
     * Returns the difference.
     *
     * @param o the other interval
     * @return {@code [lo - o.hi, hi - o.lo]}
     */
    public Interval minus(Interval o) {
        return new Interval(lo - o.hi, hi - o.lo);
    }

    /**
     * Returns the interval scaled by a constant.
     *
     * @param c the factor
     * @return the scaled interval (bounds swapped for a negative factor)
     */
    public Interval times(double c) {
        return c >= 0 ? new Interval(lo * c, hi * c) : new Interval(hi * c, lo * c);
    }

    /**
     * Returns the quotient.
     *
     * @param o the divisor, which must not contain zero
     * @return the smallest interval containing every {@code x / y}
     * @throws InvalidDatasetException if the divisor contains zero
     */
    public Interval dividedBy(Interval o) {
        if (o.lo <= 0 && o.hi >= 0) {
            throw new InvalidDatasetException("divisor", "the range " + o + " contains zero");
        }
        double a = lo / o.lo;
        double b = lo / o.hi;
        double c = hi / o.lo;
        double d = hi / o.hi;
        return new Interval(Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)));
    }

    /**
     * Returns the smallest interval containing both.
     *
     * @param o the other interval
     * @return the hull
     */
    public Interval hull(Interval o) {
        return new Interval(Math.min(lo, o.lo), Math.max(hi, o.hi));
    }

    @Override
    public String toString() {
        return isPoint() ? fmt(lo) : "[" + fmt(lo) + ", " + fmt(hi) + "]";
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
