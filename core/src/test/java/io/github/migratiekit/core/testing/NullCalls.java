package io.github.migratiekit.core.testing;

import io.github.migratiekit.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Calls every public constructor and public static method of the public types a module exports, and every public
 * method of their builders, with {@code null} in one reference parameter at a time and samples elsewhere, and records
 * what happened. A null-free API answers each such call with an {@link InvalidInputException} that names the field
 * and says it must not be null.
 *
 * <p>Left out: exceptions (their constructors take messages), enum {@code valueOf}, {@code main}, {@code equals},
 * and parameters annotated {@code @Nullable}.
 */
public final class NullCalls {
    private NullCalls() {}

    /** What a call with a null argument did. */
    public enum Outcome {
        /** Refused with an {@link InvalidInputException} naming a field and saying it must not be null. */
        REFUSED,
        /** Threw an {@link InvalidInputException} about something else, or without a field. */
        OTHER_INVALID_INPUT,
        /** Threw a {@link NullPointerException}. */
        NULL_POINTER,
        /** Threw another exception. */
        OTHER_EXCEPTION,
        /** Returned normally: the null was accepted. */
        ACCEPTED
    }

    /**
     * One call: the member, the parameter that receives {@code null}, and the outcome.
     *
     * @param member the constructor or method
     * @param nullParameter the index of the parameter that received {@code null}
     * @param outcome what happened
     * @param detail the exception's message or the result, for the report
     */
    public record Result(Executable member, int nullParameter, Outcome outcome, String detail) {
        @Override
        public String toString() {
            Parameter p = member.getParameters()[nullParameter];
            return member.getDeclaringClass().getName() + "." + name(member) + "(" + p.getName() + " = null): "
                    + outcome + " " + detail;
        }
    }

    /**
     * Lists the public types of the packages that the module of the given class exports to everyone, read from its
     * compiled classes (a directory or a jar) and its {@code module-info.class}.
     *
     * @param anchor any class of the module
     * @return the public types, nested public types included, in name order
     */
    public static List<Class<?>> exportedTypes(Class<?> anchor) {
        try {
            Path root = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                return exportedTypes(root, anchor.getClassLoader());
            }
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                return exportedTypes(jar.getPath("/"), anchor.getClassLoader());
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> exportedTypes(Path root, ClassLoader loader) throws IOException {
        ModuleDescriptor md;
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            md = ModuleDescriptor.read(in);
        }
        Set<String> packages = md.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !packages.contains(name.substring(0, dot)) || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c;
                try {
                    c = Class.forName(name, false, loader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (isVisible(c)) {
                    types.add(c);
                }
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    private static boolean isVisible(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes every call and returns the results.
     *
     * @param types the types whose members are called
     * @param samples the samples for the other parameters and for builder receivers
     * @return one result per member and reference parameter
     */
    public static List<Result> callAll(List<Class<?>> types, Samples samples) {
        samples.knowing(types);
        List<Result> results = new ArrayList<>();
        for (Class<?> type : types) {
            if (Throwable.class.isAssignableFrom(type)) {
                continue;
            }
            List<Executable> members = new ArrayList<>();
            if (!Modifier.isAbstract(type.getModifiers())) {
                members.addAll(Arrays.asList(type.getConstructors()));
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                boolean isStatic = Modifier.isStatic(m.getModifiers());
                if (isStatic
                        && (m.getName().equals("main")
                                || (type.isEnum() && m.getName().equals("valueOf")))) {
                    continue;
                }
                if (isStatic || (isBuilder(type) && !m.getName().equals("equals"))) {
                    members.add(m);
                }
            }
            members.sort(
                    Comparator.comparing(NullCalls::name).thenComparing(e -> Arrays.toString(e.getParameterTypes())));
            for (Executable member : members) {
                Parameter[] params = member.getParameters();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getType().isPrimitive() || isNullable(params[i].getAnnotatedType())) {
                        continue;
                    }
                    results.add(call(member, i, samples));
                }
            }
        }
        return results;
    }

    private static boolean isBuilder(Class<?> type) {
        return type.getSimpleName().endsWith("Builder");
    }

    private static boolean isNullable(AnnotatedType t) {
        return t.isAnnotationPresent(Nullable.class);
    }

    private static Result call(Executable member, int nullAt, Samples samples) {
        Class<?>[] types = member.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = i == nullAt ? null : samples.of(types[i]);
        }
        try {
            Object result;
            if (member instanceof Constructor<?> c) {
                result = c.newInstance(args);
            } else {
                Method m = (Method) member;
                Object receiver = null;
                if (!Modifier.isStatic(m.getModifiers())) {
                    receiver = samples.fresh(m.getDeclaringClass());
                    if (receiver == null) {
                        throw new IllegalStateException(
                                "no builder of " + m.getDeclaringClass().getName());
                    }
                }
                result = m.invoke(receiver, args);
            }
            return new Result(member, nullAt, Outcome.ACCEPTED, "returned " + brief(result));
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof InvalidInputException iie) {
                // the field and rule are read as values: an exception built with a null field must not pass
                String field = String.valueOf((Object) iie.field());
                boolean refused = iie.field() != null
                        && !field.isBlank()
                        && String.valueOf((Object) iie.rule()).contains("null");
                return new Result(
                        member, nullAt, refused ? Outcome.REFUSED : Outcome.OTHER_INVALID_INPUT, iie.getMessage());
            }
            if (t instanceof NullPointerException) {
                return new Result(member, nullAt, Outcome.NULL_POINTER, String.valueOf(t.getMessage()));
            }
            return new Result(
                    member, nullAt, Outcome.OTHER_EXCEPTION, t.getClass().getSimpleName() + ": " + t.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(member.toString(), e);
        }
    }

    private static String brief(@Nullable Object o) {
        String s;
        try {
            s = String.valueOf((Object) String.valueOf(o));
        } catch (RuntimeException e) {
            s = "a value whose toString throws " + e.getClass().getSimpleName();
        }
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static String name(Executable e) {
        return e instanceof Constructor<?> ? "<init>" : e.getName();
    }
}
