package io.github.migratiekit.core.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
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
 * <p><b>Strict for Migratiekit's own types, whichever mapper reads them.</b> Jackson 3's defaults are lenient: an
 * unknown property is dropped, a duplicate key silently wins, a number is read as an enum or as a day count, a
 * fraction is truncated to an int. For every type in {@code io.github.migratiekit} (and for the values of its
 * properties) this module refuses all of these, so that a mapper built with {@code
 * JsonMapper.builder().findAndAddModules().build()} accepts and refuses the same documents as {@link Json#mapper()}:
 *
 * <ul>
 *   <li>an unknown property, or a property given twice in one object (also a key given twice in a map held by one of
 *       these types), is an error;
 *   <li>enums, text and dates must be JSON strings; dates ISO {@code yyyy-mm-dd} exactly; {@code int} and {@code long}
 *       whole numbers; {@code double} and {@code BigDecimal} numbers; booleans {@code true} or {@code false};
 *   <li>a JSON {@code null} document read as one of these types is an error. (Jackson's {@code readValue("null",
 *       X.class)} returns {@code null} for other types; {@link Json#read(String, Class)} refuses a {@code null}
 *       document for every type.)
 * </ul>
 *
 * <p>Types of your own read by the same mapper keep the mapper's settings. The modules of the other Migratiekit
 * modules depend on this one, so registering any of them registers it. Errors are Jackson exceptions naming the
 * JSON path ({@link tools.jackson.core.JacksonException#getPath()}); {@link Json#translate} turns one into an {@link
 * InvalidJsonException}, which is what {@link Json#read(String, Class)} throws.
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

    /**
     * Registers the serializers and deserializers, and the strict reading of every Migratiekit type (see the class
     * comment).
     *
     * @param context the mapper's set-up context
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializerModifier(StrictReading.modifier());
        context.addHandler(StrictReading.unknownPropertyHandler());
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

    /**
     * Reads {@code {"start": ..., "endInclusive": ...}}: both ISO dates as strings, no other property, none twice.
     */
    private static final class RangeDeserializer extends ValueDeserializer<LocalDateRange> {
        private static final String NEEDS = "a date range needs \"start\" and \"endInclusive\" as ISO dates";

        @Override
        public LocalDateRange deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            } else if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
                return ctxt.reportInputMismatch(LocalDateRange.class, NEEDS);
            }
            LocalDate start = null;
            LocalDate end = null;
            for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals("start") && !name.equals("endInclusive")) {
                    return failAt(ctxt, name, "unknown property; " + NEEDS);
                }
                if (name.equals("start") ? start != null : end != null) {
                    return failAt(ctxt, name, "duplicate property: a property may appear only once in an object");
                }
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return failAt(ctxt, name, "expected an ISO date as a JSON string (yyyy-mm-dd)");
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(p.getString());
                } catch (DateTimeParseException ex) {
                    return failAt(ctxt, name, "not an ISO date (yyyy-mm-dd): " + ex.getParsedString());
                }
                if (name.equals("start")) {
                    start = day;
                } else {
                    end = day;
                }
            }
            if (start == null || end == null) {
                return ctxt.reportInputMismatch(LocalDateRange.class, NEEDS);
            }
            if (end.isBefore(start)) {
                return failAt(ctxt, "endInclusive", "endInclusive " + end + " is before start " + start);
            }
            return LocalDateRange.ofClosed(start, end);
        }

        private static <T> T failAt(DeserializationContext ctxt, String property, String message) {
            MismatchedInputException e = MismatchedInputException.from(ctxt.getParser(), LocalDateRange.class, message);
            e.prependPath(LocalDateRange.class, property);
            throw e;
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
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.reportInputMismatch(
                        YearHalf.class,
                        "expected a half year like 2025-H2 as a JSON string, got %s",
                        StrictReading.describe(p.currentToken()));
            }
            String text = p.getString();
            try {
                return YearHalf.parse(text);
            } catch (DateTimeParseException ex) {
                return ctxt.reportInputMismatch(YearHalf.class, "not a half year like 2025-H2: " + text);
            }
        }
    }
}
