package io.github.migratiekit.core.internal;

import io.github.migratiekit.core.InvalidInputException;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Run-time null checks for the public constructors, factories and builders of every Migratiekit module: NullAway
 * proves the library's own code null-free, these checks refuse a {@code null} from a caller that is not checked.
 *
 * <p>Internal: exported only to the other Migratiekit modules, not part of the API. Stateless and thread-safe.
 */
public final class Checks {
    private Checks() {}

    /**
     * Refuses {@code null}, and a {@code null} element of a collection, array or map.
     *
     * @param value the value of the parameter
     * @param field the field it becomes, e.g. {@code "entry.date"}; an element is named {@code "entry.dates[2]"}
     * @param <T> the type of the value
     * @return the value
     * @throws InvalidInputException if the value, or an element, key or value in it, is {@code null}
     */
    public static <T> T nonNull(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                if (e == null) {
                    throw new InvalidInputException(field + "[" + i + "]", "must not be null");
                }
                i++;
            }
        } else if (value instanceof Object[] a) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] == null) {
                    throw new InvalidInputException(field + "[" + i + "]", "must not be null");
                }
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey() == null) {
                    throw new InvalidInputException(field, "must not have a null key");
                }
                if (e.getValue() == null) {
                    throw new InvalidInputException(field + "[" + e.getKey() + "]", "must not be null");
                }
            }
        }
        return value;
    }

    /**
     * Refuses {@code null}, but not a {@code null} inside a collection or map (for values that are written as they
     * are, such as a JSON document holding {@code null}s).
     *
     * @param value the value of the parameter
     * @param field the field it becomes
     * @param <T> the type of the value
     * @return the value
     * @throws InvalidInputException if the value is {@code null}
     */
    public static <T> T nonNullShallow(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        return value;
    }
}
