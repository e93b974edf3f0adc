package io.github.migratiekit.core.procedure;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list that can be extended at its end in constant amortised time: a view of the first {@code size}
 * elements of an array shared with the lists it grew from and into. Appending to the longest view writes into the
 * shared array (no view ever reads past its own size); appending to a shorter one copies. So a term suspended or
 * extended once per event does not copy its suspensions on every event.
 *
 * <p>Immutable and thread-safe: a view never changes; the shared array is only written under its lock and at indices
 * no existing view reads, and each view keeps, in a final field, the array it was made with.
 *
 * @param <T> the element type
 */
final class AppendList<T> extends AbstractList<T> implements RandomAccess {
    /** The growing array and how much of it the longest view uses. */
    private static final class Store {
        Object[] items;
        int used;

        Store(Object[] items, int used) {
            this.items = items;
            this.used = used;
        }
    }

    private final Store store;
    private final Object[] items;
    private final int size;

    private AppendList(Store store, Object[] items, int size) {
        this.store = store;
        this.items = items;
        this.size = size;
    }

    /** An immutable copy of a list (or the list itself if it is already one of these); no element may be null. */
    @SuppressWarnings("unchecked")
    static <T> List<T> copyOf(List<? extends T> list) {
        if (list instanceof AppendList<?>) {
            return (List<T>) list;
        }
        Object[] a = List.copyOf(list).toArray();
        return new AppendList<>(new Store(a, a.length), a, a.length);
    }

    /** A list with the elements of {@code list} and then {@code value}. */
    static <T> List<T> append(List<? extends T> list, T value) {
        Objects.requireNonNull(value, "value");
        AppendList<T> base = (AppendList<T>) copyOf(list);
        return base.append(value);
    }

    private AppendList<T> append(T value) {
        synchronized (store) {
            if (store.used == size) {
                if (size == store.items.length) {
                    store.items = Arrays.copyOf(store.items, Math.max(4, size * 2));
                }
                store.items[size] = value;
                store.used = size + 1;
                return new AppendList<>(store, store.items, size + 1);
            }
        }
        Object[] copy = Arrays.copyOf(items, Math.max(4, (size + 1) * 2));
        copy[size] = value;
        return new AppendList<>(new Store(copy, size + 1), copy, size + 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
