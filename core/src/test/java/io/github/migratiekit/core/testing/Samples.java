package io.github.migratiekit.core.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;

/**
 * Non-null sample values per parameter type, for calling public constructors and factories by reflection.
 *
 * <p>A small table covers the JDK and library types; a Migratiekit type is built from its canonical constructor,
 * a public static method without parameters (such as {@code standard()}), or another public factory, with samples
 * for their parameters; a module adds valid values of its own types with {@link #with(Class, Supplier)} where the
 * generic way cannot make one. Values need only be non-null and of the right type: the calls under test receive
 * {@code null} in one parameter and must refuse it before looking at the others.
 */
public final class Samples {
    private static final int MAX_DEPTH = 6;
    private final Map<Class<?>, Supplier<?>> table = new HashMap<>();
    private final Map<Class<?>, Object> made = new HashMap<>();
    private final Set<Class<?>> failed = new HashSet<>();
    private final List<Class<?>> known = new ArrayList<>();

    /** Creates the table of JDK and library samples. */
    public Samples() {
        with(String.class, () -> "NL");
        with(CharSequence.class, () -> "NL");
        with(Object.class, () -> "NL");
        with(LocalDate.class, () -> LocalDate.of(2025, 3, 10));
        with(Period.class, () -> Period.ofMonths(1));
        with(Year.class, () -> Year.of(2025));
        with(YearMonth.class, () -> YearMonth.of(2025, 3));
        with(YearHalf.class, () -> YearHalf.of(2025, 1));
        with(LocalDateRange.class, () -> LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        with(BigDecimal.class, () -> BigDecimal.ONE);
        with(BigInteger.class, () -> BigInteger.ONE);
        with(Integer.class, () -> 1);
        with(Long.class, () -> 1L);
        with(Double.class, () -> 1.0);
        with(Boolean.class, () -> Boolean.FALSE);
        with(Locale.class, () -> Locale.ROOT);
        with(Class.class, () -> Object.class);
        with(Path.class, () -> Path.of("no-such-file"));
        with(InputStream.class, () -> new ByteArrayInputStream(new byte[0]));
        with(Reader.class, () -> new StringReader(""));
        with(List.class, List::of);
        with(Collection.class, List::of);
        with(Iterable.class, List::of);
        with(Set.class, Set::of);
        with(Map.class, Map::of);
        with(SortedMap.class, TreeMap::new);
        with(Optional.class, Optional::empty);
    }

    /**
     * Adds or replaces the sample of a type.
     *
     * @param type the type
     * @param sample makes the sample
     * @param <T> the type
     * @return this table
     */
    public <T> Samples with(Class<T> type, Supplier<? extends T> sample) {
        table.put(type, sample);
        made.remove(type);
        failed.remove(type);
        return this;
    }

    /**
     * Registers the types whose public static methods without parameters may provide a sample of another type
     * (e.g. {@code AtwCalendar.standard()} for {@code WorkingDayCalendar}).
     *
     * @param types the types
     * @return this table
     */
    public Samples knowing(Collection<Class<?>> types) {
        known.addAll(types);
        return this;
    }

    /**
     * Returns a sample of the type.
     *
     * @param type the type
     * @return a non-null sample
     * @throws IllegalStateException if no sample could be made
     */
    public Object of(Class<?> type) {
        Object v = tryOf(type, 0);
        if (v == null) {
            throw new IllegalStateException("no sample of " + type.getName() + ": add one with Samples.with");
        }
        return v;
    }

    private Object tryOf(Class<?> type, int depth) {
        if (type.isPrimitive()) {
            return primitive(type);
        }
        Object cached = made.get(type);
        if (cached != null) {
            return cached;
        }
        if (failed.contains(type) || depth > MAX_DEPTH) {
            return null;
        }
        Object v = make(type, depth);
        if (v == null) {
            failed.add(type);
        } else if (!isMutable(type)) {
            made.put(type, v);
        }
        return v;
    }

    /** Builders and streams are made afresh for every use. */
    private static boolean isMutable(Class<?> type) {
        return type.getSimpleName().endsWith("Builder")
                || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type);
    }

    /**
     * Returns a fresh sample of the type, not shared with other calls (for builders).
     *
     * @param type the type
     * @return a sample, or {@code null} if none could be made
     */
    public Object fresh(Class<?> type) {
        return make(type, 0);
    }

    private Object make(Class<?> type, int depth) {
        Supplier<?> s = table.get(type);
        if (s != null) {
            return s.get();
        }
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants.length == 0 ? null : constants[0];
        }
        if (type.isInterface() && type.getName().startsWith("java.util.function.")) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                throw new UnsupportedOperationException("sample function");
            });
        }
        if (type.isRecord()) {
            Object r = fromCanonical(type, depth);
            if (r != null) {
                return r;
            }
        }
        Object v = fromNoArgFactory(type, type);
        if (v != null) {
            return v;
        }
        for (Class<?> k : known) {
            v = fromNoArgFactory(k, type);
            if (v != null) {
                return v;
            }
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            for (Class<?> k : known) {
                if (k != type && type.isAssignableFrom(k)) {
                    v = tryOf(k, depth + 1);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                v = tryOf(sub, depth + 1);
                if (v != null) {
                    return v;
                }
            }
        }
        for (Constructor<?> c : type.getConstructors()) {
            v = call(c, depth);
            if (v != null) {
                return v;
            }
        }
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                v = call(m, depth);
                if (v != null) {
                    return v;
                }
            }
        }
        for (Class<?> k : known) {
            for (Method m : k.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                    v = call(m, depth);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return fromParts(type);
    }

    /** Takes a value of the type from a component (or the first element of a list component) of a sample made. */
    private Object fromParts(Class<?> type) {
        for (Object whole : List.copyOf(made.values())) {
            if (!whole.getClass().isRecord()) {
                continue;
            }
            for (RecordComponent rc : whole.getClass().getRecordComponents()) {
                try {
                    Object part = rc.getAccessor().invoke(whole);
                    if (part instanceof List<?> list && !list.isEmpty()) {
                        part = list.get(0);
                    }
                    if (type.isInstance(part)) {
                        return part;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // try the next one
                }
            }
        }
        return null;
    }

    private Object fromCanonical(Class<?> type, int depth) {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
        }
        try {
            return call(type.getDeclaredConstructor(types), depth);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object fromNoArgFactory(Class<?> owner, Class<?> type) {
        for (Method m : owner.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0
                    && type.isAssignableFrom(m.getReturnType())) {
                try {
                    Object v = m.invoke(null);
                    if (v != null && type.isInstance(v)) {
                        return v;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // try the next one
                }
            }
        }
        return null;
    }

    private Object call(java.lang.reflect.Executable e, int depth) {
        if (!Modifier.isPublic(e.getModifiers())) {
            return null;
        }
        Class<?>[] p = e.getParameterTypes();
        Object[] args = new Object[p.length];
        for (int i = 0; i < p.length; i++) {
            args[i] = tryOf(p[i], depth + 1);
            if (args[i] == null) {
                return null;
            }
        }
        try {
            return e instanceof Constructor<?> c ? c.newInstance(args) : ((Method) e).invoke(null, args);
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return null;
        }
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'a';
        }
        if (type == byte.class) {
            return (byte) 1;
        }
        if (type == short.class) {
            return (short) 1;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == float.class) {
            return 1f;
        }
        return 1.0;
    }
}
