package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.MigratiekitException;
import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Says what is wrong with a JSON input file in words a user of the command line can act on: the JSON path, what was
 * expected there and what was found, and the line and column; never the parser's class names or configuration.
 */
final class JsonErrors {
    private JsonErrors() {}

    /** The parser's notes on where its input came from, e.g. {@code [Source: REDACTED (…); line: 1, column: 2]}. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\[Source:[^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    /** A source note without a position. */
    private static final Pattern BARE_SOURCE_NOTE = Pattern.compile("\\s*\\[Source:[^\\]]*\\]");

    /** The parser's name for the property it was reading, e.g. {@code (for POJO property 'events')}. */
    private static final Pattern POJO_NOTE = Pattern.compile("\\s*\\(for POJO property '[^']*'\\)");

    /** A required field that is absent or null. */
    private static final Pattern MISSING = Pattern.compile(
            "^(?:Null value for creator property|Missing required creator property) '([^']*)'.*", Pattern.DOTALL);

    /** An unknown type id of a polymorphic value, with the known ids. */
    private static final Pattern TYPE_ID = Pattern.compile(
            "^Could not resolve type id '([^']*)'.*?known type ids = \\[([^\\]]*)\\].*", Pattern.DOTALL);

    /** A missing type id of a polymorphic value. */
    private static final Pattern MISSING_TYPE_ID =
            Pattern.compile(".*missing type id property '([^']*)'.*", Pattern.DOTALL);

    /** The parser's trail of Java types, e.g. {@code (through reference chain: …)}. */
    private static final Pattern REFERENCE_CHAIN = Pattern.compile("\\s*\\(through reference chain:[^)]*\\)");

    /** A hint to change the parser's configuration, e.g. {@code (… disable `DeserializationFeature.X` …)}. */
    private static final Pattern CONFIG_HINT =
            Pattern.compile("\\s*;?\\s*(?:\\([^()]*Feature\\.[A-Z_]+[^()]*\\)|`?[A-Za-z.]*Feature\\.[A-Z_]+`?[^;()]*)");

    /** Where a parser limit comes from, e.g. {@code , from `StreamReadConstraints.getMaxNumberLength()`}. */
    private static final Pattern LIMIT_SOURCE = Pattern.compile(",?\\s*from\\s*`[^`]*`");

    private static final int MAX_LISTED = 40;

    /**
     * Describes a JSON input error.
     *
     * @param e the error
     * @return one line: the JSON path, the rule and the position
     */
    static String describe(InvalidJsonException e) {
        Throwable cause = e.getCause();
        String rule = cause instanceof JacksonException je ? describe(je) : clean(e.rule());
        String where = cause instanceof JacksonException je ? position(je) : "";
        return Cli.oneLine(e.field() + ": " + rule + where);
    }

    private static String describe(JacksonException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof InvalidInputException iie) {
                return Cli.plain(iie.field() + ": " + iie.rule());
            }
            if (t instanceof MigratiekitException me) {
                return Cli.plain(String.valueOf(me.getMessage()));
            }
        }
        if (e instanceof PropertyBindingException u) {
            List<String> known = new ArrayList<>();
            Collection<Object> ids = u.getKnownPropertyIds();
            if (ids != null) {
                ids.forEach(id -> known.add(String.valueOf(id)));
            }
            known.sort(null);
            return "unknown field '" + u.getPropertyName() + "'"
                    + (known.isEmpty() ? "" : "; the fields here are " + list(known));
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            return "'" + f.getValue() + "' is not " + (target == null ? "accepted here" : kind(target));
        }
        if (e instanceof InputCoercionException c) {
            Class<?> target = c.getTargetType();
            return "the number is out of range" + (target == null ? "" : " for " + kind(target));
        }
        String original = String.valueOf(e.getOriginalMessage());
        java.util.regex.Matcher missing = MISSING.matcher(original);
        if (missing.matches()) {
            return "'" + missing.group(1) + "' is required but missing or null";
        }
        if (original.startsWith("Cannot map `null` into type")) {
            return "required but missing or null";
        }
        java.util.regex.Matcher typeId = TYPE_ID.matcher(original);
        if (typeId.matches()) {
            List<String> known = new ArrayList<>();
            for (String id : typeId.group(2).split(",")) {
                if (!id.isBlank()) {
                    known.add(id.trim());
                }
            }
            return "unknown type '" + typeId.group(1) + "'; the types are " + list(known);
        }
        java.util.regex.Matcher missingTypeId = MISSING_TYPE_ID.matcher(original);
        if (missingTypeId.matches()) {
            return "'" + missingTypeId.group(1) + "' is required but missing";
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            JsonToken token = m.getCurrentToken();
            if (target != null
                    && token != null
                    && (original.startsWith("Cannot deserialize") || original.startsWith("Cannot construct"))) {
                return "expected " + kind(target) + ", found " + token(token);
            }
        }
        return clean(String.valueOf(e.getOriginalMessage()));
    }

    private static String position(JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        return loc != null && loc.getLineNr() > 0
                ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"
                : "";
    }

    /** Strips the parser's source notes, Java type trails and configuration hints. */
    static String clean(String message) {
        String m = SOURCE_NOTE.matcher(message).replaceAll("line $1, column $2");
        m = BARE_SOURCE_NOTE.matcher(m).replaceAll("");
        m = m.replace(" (start marker at)", "");
        m = m.replace("expected close marker for Object", "a '}' is missing")
                .replace("expected close marker for Array", "a ']' is missing");
        m = POJO_NOTE.matcher(m).replaceAll("");
        m = REFERENCE_CHAIN.matcher(m).replaceAll("");
        m = CONFIG_HINT.matcher(m).replaceAll("");
        m = LIMIT_SOURCE.matcher(m).replaceAll("");
        return Cli.plain(m.trim());
    }

    /** What a Java type is in JSON, for a user: "an ISO date (YYYY-MM-DD)", "one of A, B", "a whole number". */
    static String kind(Class<?> type) {
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(jsonName(constant));
            }
            return "one of " + list(names);
        }
        if (type == LocalDate.class) {
            return "an ISO date (YYYY-MM-DD)";
        }
        if (type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class
                || type == short.class
                || type == Short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    private static String jsonName(Object constant) {
        try {
            String json = Json.write(constant);
            return json.length() >= 2 && json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
        } catch (RuntimeException e) {
            return ((Enum<?>) constant).name();
        }
    }

    private static String token(JsonToken token) {
        return switch (token) {
            case START_OBJECT, END_OBJECT, PROPERTY_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String list(List<String> items) {
        if (items.size() <= MAX_LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, MAX_LISTED)) + " and " + (items.size() - MAX_LISTED) + " more";
    }

    /**
     * Describes the top-level mistake of a whole document: {@code null}, or not the expected kind.
     *
     * @param what the expected content, e.g. "a Dublin case object"
     * @return the rule
     */
    static String nullDocument(String what) {
        return "the file holds JSON null; expected " + what;
    }
}
