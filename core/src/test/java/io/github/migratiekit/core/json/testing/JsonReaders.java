package io.github.migratiekit.core.json.testing;

import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways a Migratiekit type can be read from JSON, for tests that must hold for each of them: the library's facade,
 * the library's mapper, and a mapper a user builds with Jackson 3's defaults ({@code
 * JsonMapper.builder().findAndAddModules().build()}). Each reports bad JSON as an {@link InvalidJsonException}
 * naming the path; the two mappers throw Jackson's exceptions, which {@link Json#translate} turns into one.
 */
public enum JsonReaders {
    /** {@link Json#read(String, Class)}. */
    JSON_READ,
    /** {@code Json.mapper().readValue(...)}, failures translated. */
    LIBRARY_MAPPER,
    /** A user's {@code JsonMapper.builder().findAndAddModules().build()}, failures translated. */
    USER_MAPPER;

    private static final JsonMapper USER =
            JsonMapper.builder().findAndAddModules().build();

    /**
     * Returns the mapper a user builds with Jackson 3's defaults and the discovered modules.
     *
     * @return the mapper
     */
    public static JsonMapper userMapper() {
        return USER;
    }

    /**
     * Reads a value.
     *
     * @param json the JSON text
     * @param type the target type
     * @param <T> the target type
     * @return the value (a mapper returns {@code null} for a JSON {@code null} document of a type that allows it)
     * @throws InvalidJsonException if the text is refused; names the path
     */
    public <T> T read(String json, Class<T> type) {
        if (this == JSON_READ) {
            return Json.read(json, type);
        }
        JsonMapper mapper = this == LIBRARY_MAPPER ? Json.mapper() : USER;
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw Json.translate(e);
        }
    }
}
