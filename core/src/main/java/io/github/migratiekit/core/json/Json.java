package io.github.migratiekit.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON facade every Migratiekit module uses: one configured, immutable {@link JsonMapper} (all Migratiekit
 * Jackson modules discovered, ISO dates, unknown properties rejected) and read methods that report bad JSON as an
 * {@link InvalidJsonException} naming the path.
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
        return MAPPER.writeValueAsString(value);
    }

    /**
     * Writes a value as indented JSON.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String writePretty(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    /**
     * Reads a value from JSON text.
     *
     * @param json the JSON text
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws InvalidJsonException if the text is not valid JSON for the type; names the path
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a value from a stream (e.g. a bundled resource); the stream is closed.
     *
     * @param in the stream
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws InvalidJsonException if the content is not valid JSON for the type; names the path
     */
    public static <T> T read(InputStream in, Class<T> type) {
        try (in) {
            return MAPPER.readValue(in, type);
        } catch (JacksonException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns a Jackson failure into an {@link InvalidJsonException} with the path of the offending element; when the
     * cause is a Migratiekit validation error its message is kept.
     *
     * @param e the failure
     * @return the exception to throw
     */
    public static InvalidJsonException translate(JacksonException e) {
        String path = "$";
        if (e instanceof DatabindException de) {
            path = "$" + pathOf(de);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rule = root != e && root.getMessage() != null ? root.getMessage() : e.getOriginalMessage();
        TokenStreamLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            rule = rule + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        }
        return new InvalidJsonException(path, rule, e);
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
