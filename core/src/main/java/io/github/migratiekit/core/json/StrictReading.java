package io.github.migratiekit.core.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.MapType;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Strict reading of Migratiekit's own types, whichever mapper reads them: {@link CoreJacksonModule} installs these
 * parts, so that {@code JsonMapper.builder().findAndAddModules().build()} with Jackson 3's lenient defaults refuses
 * the same documents as {@link Json#mapper()}.
 *
 * <p>For a type in {@code io.github.migratiekit} (and for the values of its properties, found through the declaring
 * class of the property):
 *
 * <ul>
 *   <li>an unknown property is an error, whatever {@code FAIL_ON_UNKNOWN_PROPERTIES} says;
 *   <li>a property given twice in one object (also a key given twice in a map-valued property) is an error, whatever
 *       {@code STRICT_DUPLICATE_DETECTION} says: the object is buffered once and its names checked;
 *   <li>a scalar must have its own JSON shape: a string for text, enums and dates, a whole number for {@code int} and
 *       {@code long}, a number for {@code double} and {@code BigDecimal}, {@code true}/{@code false} for booleans (no
 *       number for an enum, no fraction truncated to an int, no epoch day for a date, no {@code "5"} for a number);
 *   <li>a date is an ISO date {@code yyyy-mm-dd} and nothing else (no date-time, no blank);
 *   <li>a JSON {@code null} document read as one of these types is an error, not a {@code null} result.
 * </ul>
 *
 * <p>Other types read by the same mapper keep the mapper's own settings. Stateless and thread-safe.
 */
final class StrictReading {
    private static final String OURS = "io.github.migratiekit.";

    private StrictReading() {}

    /** The deserializer modifier that wraps the deserializers of Migratiekit's types and of their property values. */
    static ValueDeserializerModifier modifier() {
        return new Modifier();
    }

    /** The problem handler that refuses unknown properties of Migratiekit's types. */
    static DeserializationProblemHandler unknownPropertyHandler() {
        return new UnknownPropertyHandler();
    }

    static boolean isOurs(Class<?> type) {
        return type.getName().startsWith(OURS);
    }

    static boolean isOurs(@Nullable BeanProperty property) {
        if (property == null) {
            return false;
        }
        AnnotatedMember member = property.getMember();
        return member != null && isOurs(member.getDeclaringClass());
    }

    /** Whether the parser stands on a JSON {@code null} that is the whole document. */
    static boolean isRootNull(DeserializationContext ctxt) {
        JsonParser p = ctxt.getParser();
        if (p == null || !p.hasToken(JsonToken.VALUE_NULL)) {
            return false;
        }
        TokenStreamContext c = p.streamReadContext();
        return c != null && c.inRoot() && c.getParent() == null;
    }

    static <T> T refuseRootNull(DeserializationContext ctxt, Class<?> type) {
        return ctxt.reportInputMismatch(
                type,
                "the document is JSON null; expected %s",
                article(type.getSimpleName()) + " " + type.getSimpleName());
    }

    private static String article(String word) {
        return !word.isEmpty() && "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** What a token is, in plain words, without its value (which may be personal data). */
    static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT, PROPERTY_NAME -> "an object";
            case START_ARRAY -> "an array";
            default -> "an unexpected token";
        };
    }

    /** The JSON shape a scalar must have. */
    enum Shape {
        STRING("a JSON string"),
        WHOLE_NUMBER("a whole number"),
        NUMBER("a number"),
        BOOLEAN("true or false"),
        DATE("an ISO date as a JSON string (yyyy-mm-dd)");

        private final String expected;

        Shape(String expected) {
            this.expected = expected;
        }

        boolean accepts(@Nullable JsonToken t) {
            if (t == null) {
                return false;
            }
            return switch (this) {
                case STRING, DATE -> t == JsonToken.VALUE_STRING;
                case WHOLE_NUMBER -> t == JsonToken.VALUE_NUMBER_INT;
                case NUMBER -> t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
                case BOOLEAN -> t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
            };
        }

        static @Nullable Shape of(Class<?> raw) {
            if (raw == String.class || raw == CharSequence.class) {
                return STRING;
            }
            if (raw == LocalDate.class) {
                return DATE;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return BOOLEAN;
            }
            if (raw == int.class
                    || raw == Integer.class
                    || raw == long.class
                    || raw == Long.class
                    || raw == short.class
                    || raw == Short.class
                    || raw == byte.class
                    || raw == Byte.class
                    || raw == java.math.BigInteger.class) {
                return WHOLE_NUMBER;
            }
            if (raw == double.class
                    || raw == Double.class
                    || raw == float.class
                    || raw == Float.class
                    || raw == java.math.BigDecimal.class) {
                return NUMBER;
            }
            if (raw.getPackageName().equals("java.time")) {
                return STRING;
            }
            return null;
        }
    }

    private static final class Modifier extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
            JavaType type = beanDescRef.getType();
            Class<?> raw = type.getRawClass();
            if (isOurs(raw)) {
                return new ObjectDeserializer(deserializer, type, true, true);
            }
            Shape shape = Shape.of(raw);
            if (shape != null) {
                return new ScalarDeserializer(deserializer, shape, false, false);
            }
            return deserializer;
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription.Supplier beanDescRef,
                ValueDeserializer<?> deserializer) {
            return isOurs(type.getRawClass())
                    ? new ScalarDeserializer(deserializer, Shape.STRING, true, true)
                    : deserializer;
        }

        @Override
        public ValueDeserializer<?> modifyMapDeserializer(
                DeserializationConfig config,
                MapType type,
                BeanDescription.Supplier beanDescRef,
                ValueDeserializer<?> deserializer) {
            return new ObjectDeserializer(deserializer, type, false, false);
        }
    }

    /**
     * Reads an object of one of our types (or a map held by one of our types) after checking that no property name
     * occurs twice at its own level: the object is copied into a buffer while its names are checked, then read from
     * the buffer.
     */
    private static final class ObjectDeserializer extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final JavaType type;
        private final boolean ours;
        private final boolean active;

        ObjectDeserializer(ValueDeserializer<?> delegatee, JavaType type, boolean ours, boolean active) {
            super(delegatee);
            this.type = type;
            this.ours = ours;
            this.active = active;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new ObjectDeserializer(newDelegatee, type, ours, active);
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            ValueDeserializer<?> d = ctxt.handleSecondaryContextualization(_delegatee, property, type);
            boolean strict = ours || isOurs(property);
            if (d == _delegatee && strict == active) {
                return this;
            }
            return new ObjectDeserializer(d, type, ours, strict);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!active || !(p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.PROPERTY_NAME))) {
                return _delegatee.deserialize(p, ctxt);
            }
            return _delegatee.deserialize(withoutDuplicates(p, ctxt), ctxt);
        }

        @Override
        public Object deserializeWithType(
                JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
            if (!active || !(p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.PROPERTY_NAME))) {
                return _delegatee.deserializeWithType(p, ctxt, typeDeserializer);
            }
            return _delegatee.deserializeWithType(withoutDuplicates(p, ctxt), ctxt, typeDeserializer);
        }

        @Override
        public @Nullable Object getNullValue(DeserializationContext ctxt) {
            if (ours && isRootNull(ctxt)) {
                return refuseRootNull(ctxt, type.getRawClass());
            }
            return super.getNullValue(ctxt);
        }

        private JsonParser withoutDuplicates(JsonParser p, DeserializationContext ctxt) {
            TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            }
            buffer.writeStartObject();
            Set<String> seen = new HashSet<>();
            // our own records name their properties: an unknown one is refused here, before a constructor can
            // fail on the property it was probably meant to be (Jackson reports unknown properties of a record
            // only after building it)
            Collection<Object> known = ours ? _delegatee.getKnownPropertyNames() : null;
            for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                if (known != null && !known.isEmpty() && !known.contains(name)) {
                    throw UnrecognizedPropertyException.from(p, type.getRawClass(), name, known);
                }
                if (!seen.add(name)) {
                    MismatchedInputException e = MismatchedInputException.from(
                            p,
                            type,
                            "duplicate property \"" + name + "\": a property may appear only once in an object");
                    e.prependPath(type.getRawClass(), name);
                    throw e;
                }
                buffer.writeName(name);
                p.nextToken();
                buffer.copyCurrentStructure(p);
            }
            buffer.writeEndObject();
            return buffer.asParserOnFirstToken(ctxt);
        }
    }

    /**
     * Reads a scalar only from its own JSON shape. Inactive (a plain pass-through) until contextualised for a property
     * of one of our types, or for one of our enums.
     */
    private static final class ScalarDeserializer extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final Shape shape;
        private final boolean ours;
        private final boolean active;

        ScalarDeserializer(ValueDeserializer<?> delegatee, Shape shape, boolean ours, boolean active) {
            super(delegatee);
            this.shape = shape;
            this.ours = ours;
            this.active = active;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new ScalarDeserializer(newDelegatee, shape, ours, active);
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            JavaType vt = ctxt.constructType(_delegatee.handledType());
            ValueDeserializer<?> d = ctxt.handleSecondaryContextualization(_delegatee, property, vt);
            boolean strict = ours || isOurs(property);
            if (!strict) {
                return d;
            }
            if (d == _delegatee && active) {
                return this;
            }
            return new ScalarDeserializer(d, shape, ours, true);
        }

        @Override
        public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!active || p.hasToken(JsonToken.VALUE_NULL)) {
                return _delegatee.deserialize(p, ctxt);
            }
            if (!shape.accepts(p.currentToken())) {
                return ctxt.reportInputMismatch(
                        this, "expected %s, got %s", shape.expected, describe(p.currentToken()));
            }
            if (shape == Shape.DATE) {
                String text = p.getString();
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    return ctxt.reportInputMismatch(this, "expected %s, got \"%s\"", shape.expected, clip(text));
                }
            }
            return _delegatee.deserialize(p, ctxt);
        }

        @Override
        public @Nullable Object deserializeWithType(
                JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
            if (active && !p.hasToken(JsonToken.VALUE_NULL) && !shape.accepts(p.currentToken())) {
                return ctxt.reportInputMismatch(
                        this, "expected %s, got %s", shape.expected, describe(p.currentToken()));
            }
            return _delegatee.deserializeWithType(p, ctxt, typeDeserializer);
        }

        @Override
        public @Nullable Object getNullValue(DeserializationContext ctxt) {
            if (ours && isRootNull(ctxt)) {
                return refuseRootNull(ctxt, handledType());
            }
            return super.getNullValue(ctxt);
        }

        private static String clip(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }
    }

    private static final class UnknownPropertyHandler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                @Nullable ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (!isOurs(type)) {
                return false;
            }
            throw UnrecognizedPropertyException.from(
                    p, beanOrClass, propertyName, deserializer == null ? null : deserializer.getKnownPropertyNames());
        }
    }
}
