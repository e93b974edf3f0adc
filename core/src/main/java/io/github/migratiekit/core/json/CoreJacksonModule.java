package io.github.migratiekit.core.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 module for the threeten-extra types that core's values use.
 *
 * <ul>
 *   <li>{@link LocalDateRange} as {@code {"start": "2024-01-01", "endInclusive": "2024-01-31"}}: both days belong to
 *       the range, as in every Migratiekit API and on the command line (threeten-extra's own string form has an
 *       exclusive end, which is easy to misread in a legal context).
 *   <li>{@link YearHalf} as {@code "2025-H2"}.
 * </ul>
 *
 * <p>Discovered by {@code JsonMapper.builder().findAndAddModules()}. Immutable and thread-safe.
 */
public final class CoreJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public CoreJacksonModule() {
        super("migratiekit-core");
        addSerializer(LocalDateRange.class, new RangeSerializer());
        addDeserializer(LocalDateRange.class, new RangeDeserializer());
        addSerializer(YearHalf.class, new YearHalfSerializer());
        addDeserializer(YearHalf.class, new YearHalfDeserializer());
    }

    private static final class RangeSerializer extends ValueSerializer<LocalDateRange> {
        @Override
        public void serialize(LocalDateRange value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("start", value.getStart().toString());
            gen.writeStringProperty("endInclusive", value.getEndInclusive().toString());
            gen.writeEndObject();
        }
    }

    private static final class RangeDeserializer extends ValueDeserializer<LocalDateRange> {
        @Override
        public LocalDateRange deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode node = ctxt.readTree(p);
            JsonNode start = node.get("start");
            JsonNode end = node.get("endInclusive");
            if (start == null || end == null || !start.isString() || !end.isString()) {
                return ctxt.reportInputMismatch(
                        LocalDateRange.class, "a date range needs \"start\" and \"endInclusive\" as ISO dates");
            }
            try {
                LocalDate s = LocalDate.parse(start.asString());
                LocalDate e = LocalDate.parse(end.asString());
                if (e.isBefore(s)) {
                    return ctxt.reportInputMismatch(
                            LocalDateRange.class, "endInclusive " + e + " is before start " + s);
                }
                return LocalDateRange.ofClosed(s, e);
            } catch (DateTimeParseException ex) {
                return ctxt.reportInputMismatch(LocalDateRange.class, "not an ISO date: " + ex.getParsedString());
            }
        }
    }

    private static final class YearHalfSerializer extends ValueSerializer<YearHalf> {
        @Override
        public void serialize(YearHalf value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    private static final class YearHalfDeserializer extends ValueDeserializer<YearHalf> {
        @Override
        public YearHalf deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = p.getValueAsString();
            try {
                return YearHalf.parse(text == null ? "" : text);
            } catch (DateTimeParseException ex) {
                return ctxt.reportInputMismatch(YearHalf.class, "not a half year like 2025-H2: " + text);
            }
        }
    }
}
