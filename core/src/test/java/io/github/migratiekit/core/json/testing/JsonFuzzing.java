package io.github.migratiekit.core.json.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.testing.NullCalls;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invariants a fuzz test checks on every JSON input: a reader answers with a value or with the library's typed
 * exception, never anything else; the library's facade and a user's plain mapper make the same decision and read the
 * same value; a value read is one that should be read (no duplicate key, valid syntax, not the {@code null}
 * document) and survives a round trip through JSON.
 */
public final class JsonFuzzing {
    /** A tree reader that refuses duplicate keys: an independent judge of what must be refused. */
    private static final JsonMapper JUDGE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonFuzzing() {}

    /**
     * Lists the types of a module that JSON can be read into: records, enums, sealed interfaces with a type id, and
     * classes with a {@link JsonCreator}.
     *
     * @param anchor any class of the module
     * @return the types, in name order
     */
    public static List<Class<?>> readableTypes(Class<?> anchor) {
        return NullCalls.exportedTypes(anchor).stream()
                .filter(t -> !Throwable.class.isAssignableFrom(t))
                .filter(t -> t.isRecord()
                        || t.isEnum()
                        || (t.isSealed() && t.isAnnotationPresent(JsonTypeInfo.class))
                        || Arrays.stream(t.getDeclaredMethods())
                                .anyMatch(m -> m.isAnnotationPresent(JsonCreator.class)))
                .toList();
    }

    /**
     * Reads the text as the type with {@link Json#read(String, Class)} and with a user's mapper, and checks the
     * invariants.
     *
     * @param json the text
     * @param type the type
     * @param <T> the type
     * @return the value, or {@code null} if both refused the text
     * @throws AssertionError if an invariant does not hold
     */
    public static <T> @Nullable T readChecked(String json, Class<T> type) {
        T fromLibrary = readOrNull(JsonReaders.JSON_READ, json, type);
        T fromUser = readOrNull(JsonReaders.USER_MAPPER, json, type);
        if ((fromLibrary == null) != (fromUser == null)) {
            throw new AssertionError("Json.read " + (fromLibrary == null ? "refused" : "accepted")
                    + " but a user's mapper " + (fromUser == null ? "refused" : "accepted") + " a " + type.getName()
                    + ": " + json);
        }
        if (fromLibrary == null || fromUser == null) {
            return null;
        }
        String reason = mustBeRefused(json);
        if (reason != null) {
            throw new AssertionError("read a " + type.getName() + " from a document that " + reason + ": " + json);
        }
        if (hasValueEquality(type)) {
            if (!fromLibrary.equals(fromUser)) {
                throw new AssertionError("Json.read and a user's mapper read different values: " + json);
            }
            T again = Json.read(Json.write(fromLibrary), type);
            if (!again.equals(fromLibrary)) {
                throw new AssertionError("the value does not survive a round trip: " + json);
            }
        }
        return fromLibrary;
    }

    /**
     * Runs a step on a value that was read, allowing only the library's typed exceptions.
     *
     * @param step the step
     */
    public static void onlyTypedExceptions(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            // a typed refusal: allowed
        }
    }

    private static <T> @Nullable T readOrNull(JsonReaders reader, String json, Class<T> type) {
        try {
            T value = reader.read(json, type);
            return value;
        } catch (InvalidJsonException e) {
            if (e.field().isBlank() || !e.field().startsWith("$")) {
                throw new AssertionError("an error without a JSON path: " + e.getMessage(), e);
            }
            return null;
        }
    }

    private static @Nullable String mustBeRefused(String json) {
        JsonNode tree;
        try {
            tree = JUDGE.readTree(json);
        } catch (JacksonException e) {
            return "is not valid JSON or has a duplicate key (" + e.getOriginalMessage() + ")";
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            return "is empty or null";
        }
        return null;
    }

    private static boolean hasValueEquality(Class<?> type) {
        if (type.isRecord() || type.isEnum()) {
            return true;
        }
        try {
            Method equals = type.getMethod("equals", Object.class);
            return equals.getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
