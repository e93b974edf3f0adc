package io.github.migratiekit.core.json;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON facade every Migratiekit module uses: one configured, immutable {@link JsonMapper} (all Migratiekit
 * Jackson modules discovered, ISO dates, unknown properties rejected) and read methods that report bad JSON as an
 * {@link InvalidJsonException} naming the path.
 *
 * <p>Migratiekit's own types are read just as strictly by a mapper of your own built with {@code
 * JsonMapper.builder().findAndAddModules().build()}: the strictness lives in the Jackson modules (see {@link
 * CoreJacksonModule}), not in this mapper's settings. Such a mapper throws Jackson's exceptions; {@link
 * #translate(JacksonException)} turns them into {@link InvalidJsonException}s.
 *
 * <p>Thread-safe: the mapper is immutable after construction.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

    /**
     * Returns the shared mapper.
     *
     * @return the configured, immutable mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes a value as compact JSON.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String write(Object value) {
        Checks.nonNullShallow(value, "value");
        return MAPPER.writeValueAsString(value);
    }

    /**
     * Writes a value as indented JSON.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String writePretty(Object value) {
        Checks.nonNullShallow(value, "value");
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    /**
     * Reads a value from JSON text.
     *
     * @param json the JSON text
     * @param type the target type
     * @param <T> the target type
     * @return the value, never {@code null}
     * @throws InvalidJsonException if the text is not valid JSON for the type, or is the JSON {@code null} document;
     *     names the path
     */
    public static <T> T read(String json, Class<T> type) {
        Checks.nonNull(json, "json");
        Checks.nonNull(type, "type");
        T value;
        try {
            value = MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw translate(e);
        } catch (NumberFormatException e) {
            throw numberOutOfRange(e);
        }
        return refuseNull(value, type);
    }

    /**
     * Reads a value from a stream (e.g. a bundled resource); the stream is closed.
     *
     * @param in the stream
     * @param type the target type
     * @param <T> the target type
     * @return the value, never {@code null}
     * @throws InvalidJsonException if the content is not valid JSON for the type, or is the JSON {@code null}
     *     document; names the path
     */
    public static <T> T read(InputStream in, Class<T> type) {
        Checks.nonNull(in, "in");
        Checks.nonNull(type, "type");
        T value;
        try (in) {
            value = MAPPER.readValue(in, type);
        } catch (JacksonException e) {
            throw translate(e);
        } catch (NumberFormatException e) {
            throw numberOutOfRange(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refuseNull(value, type);
    }

    /** Jackson's number limits (e.g. an exponent of a million digits) can end in this, not in a JacksonException. */
    private static InvalidJsonException numberOutOfRange(NumberFormatException e) {
        String m = String.valueOf(e.getMessage());
        return new InvalidJsonException(
                "$", "a number out of range: " + (m.length() > 120 ? m.substring(0, 120) + "…" : m), e);
    }

    private static <T> T refuseNull(@Nullable T value, Class<T> type) {
        if (value == null) {
            throw new InvalidJsonException("$", "the document is JSON null; expected " + type.getSimpleName());
        }
        return value;
    }

    /**
     * Turns a Jackson failure into an {@link InvalidJsonException} naming the JSON path of the offending element.
     *
     * <p>{@link #read(String, Class)} uses it; call it yourself when you read Migratiekit types with a mapper of your
     * own ({@code JsonMapper.builder().findAndAddModules().build()}), which, as Jackson's contract says, throws
     * Jackson's exceptions:
     *
     * <pre>{@code
     * try {
     *     DublinCase c = myMapper.readValue(text, DublinCase.class);
     * } catch (JacksonException e) {
     *     throw Json.translate(e);   // InvalidJsonException: "$.entries[0].date: ..."
     * }
     * }</pre>
     *
     * <p>When a Migratiekit constructor refused the value (an {@link InvalidInputException} inside Jackson's
     * exception), that exception becomes the cause and its message the rule, and its field is joined to the path
     * when it names a property of the refused record (e.g. {@code "$.entries[0]"} and {@code "entry.date"} give
     * {@code "$.entries[0].date"}; {@code "$"} and {@code "application.registeredOn"} in a Dublin case give {@code
     * "$.application.registeredOn"}). Otherwise the rule is Jackson's message in plain words (no Java class names, no
     * configuration hints); when the path is only {@code "$"} (bad syntax, for example) the rule ends with the line
     * and column.
     *
     * @param e the failure
     * @return the exception to throw
     */
    public static InvalidJsonException translate(JacksonException e) {
        Checks.nonNull(e, "e");
        String path = "$";
        if (e instanceof DatabindException de) {
            path = "$" + pathOf(de);
        }
        InvalidInputException typed = typedCause(e);
        if (typed != null) {
            if (e instanceof ValueInstantiationException vie) {
                path = join(path, vie.getType().getRawClass(), typed.field());
            }
            return new InvalidJsonException(path, typed.field() + ": " + typed.rule(), typed);
        }
        String rule = plain(e);
        TokenStreamLocation loc = e.getLocation();
        // the path locates an element exactly; the parser's position is given only when there is no path (bad syntax)
        if (path.equals("$") && loc != null && loc.getLineNr() > 0) {
            rule = rule + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        }
        return new InvalidJsonException(path, rule, e);
    }

    private static @Nullable InvalidInputException typedCause(Throwable e) {
        Throwable t = e.getCause();
        while (t != null && t != e) {
            if (t instanceof InvalidInputException iie) {
                return iie;
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        return null;
    }

    /**
     * Joins a constructor's field to the JSON path of the refused record when the field names one of its components:
     * either directly ({@code "previousApplications[0].lodgedOn"} in a case) or after a first segment naming the type
     * ({@code "entry.date"} in an entry).
     */
    private static String join(String path, Class<?> refused, String field) {
        RecordComponent[] components = refused.getRecordComponents();
        if (components == null) {
            return path;
        }
        Set<String> names = new HashSet<>();
        for (RecordComponent c : components) {
            names.add(c.getName());
        }
        if (names.contains(firstSegment(field))) {
            return path + "." + field;
        }
        int dot = field.indexOf('.');
        if (dot > 0 && names.contains(firstSegment(field.substring(dot + 1)))) {
            return path + field.substring(dot);
        }
        return path;
    }

    private static String firstSegment(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch == '.' || ch == '[') {
                end = i;
                break;
            }
        }
        return field.substring(0, end);
    }

    private static final Pattern CLASS_NAME = Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][\\w$]*)`?");
    private static final Pattern HINT = Pattern.compile(
            "\\s*\\((?:set|enable|disable|through reference chain)[^)]*\\)|;?\\s*`DeserializationFeature\\.\\w+` enabled");

    /** Jackson's message without Java class names or configuration hints. */
    private static String plain(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            StringBuilder sb = new StringBuilder("unknown property \"")
                    .append(u.getPropertyName())
                    .append('"');
            if (u.getKnownPropertyIds() != null && !u.getKnownPropertyIds().isEmpty()) {
                sb.append("; known properties: ");
                sb.append(String.join(
                        ", ",
                        u.getKnownPropertyIds().stream()
                                .map(String::valueOf)
                                .sorted()
                                .toList()));
            }
            return sb.toString();
        }
        if (e instanceof InvalidTypeIdException t) {
            String id = t.getTypeId();
            String known = "";
            String msg = String.valueOf(e.getOriginalMessage());
            int k = msg.indexOf("known type ids = ");
            if (k >= 0) {
                known = "; known types: "
                        + msg.substring(k + "known type ids = ".length()).replaceAll("\\s*\\(.*", "");
            }
            return id == null ? "missing property \"type\"" + known : "unknown type '" + id + "'" + known;
        }
        String msg = String.valueOf(e.getOriginalMessage());
        if (msg.startsWith("Cannot map `null` into type") || msg.startsWith("Null value for creator property")) {
            return "missing or null: a value is required";
        }
        msg = HINT.matcher(msg).replaceAll("");
        msg = CLASS_NAME.matcher(msg).replaceAll("$1");
        return msg;
    }

    private static String pathOf(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            String name = ref.getPropertyName();
            if (name != null) {
                sb.append('.').append(name);
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
