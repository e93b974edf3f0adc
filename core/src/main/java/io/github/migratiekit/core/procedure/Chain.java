package io.github.migratiekit.core.procedure;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list that grows at its end in constant time and shares everything before with the list it grew from:
 * a state and the state after one more event share their events and history. Reading it as a {@link List} takes
 * time in its length. Immutable and thread-safe.
 *
 * @param <T> the element type
 */
final class Chain<T> {
    private static final Chain<Object> EMPTY = new Chain<>(null, null, 0);

    private final @Nullable T last;
    private final @Nullable Chain<T> init;
    private final int size;

    private Chain(@Nullable T last, @Nullable Chain<T> init, int size) {
        this.last = last;
        this.init = init;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <T> Chain<T> empty() {
        return (Chain<T>) EMPTY;
    }

    /** This list with one more element at the end. */
    Chain<T> append(T value) {
        return new Chain<>(value, this, size + 1);
    }

    /** This list with more elements at the end. */
    Chain<T> appendAll(List<? extends T> values) {
        Chain<T> c = this;
        for (T v : values) {
            c = c.append(v);
        }
        return c;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The last element; the list must not be empty. */
    T last() {
        return Objects.requireNonNull(last, "empty chain");
    }

    /** The elements in order, as an immutable list. */
    @SuppressWarnings("unchecked")
    List<T> toList() {
        Object[] a = new Object[size];
        Chain<T> c = this;
        for (int i = size - 1; i >= 0; i--) {
            a[i] = c.last();
            c = Objects.requireNonNull(c.init);
        }
        return (List<T>) List.of(a);
    }
}
