package io.github.migratiekit.eurules.dublin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A state bound by the Dublin rules: the EU Member States and, by association agreements, Iceland, Norway,
 * Switzerland and Liechtenstein (Staat van Migratie 2024, L2010; Dublin III recitals 50–51). The United Kingdom took
 * part until 31 December 2020 (end of the Brexit transition period).
 *
 * <p>Each constant carries its ISO 3166 code (Greece also accepted as {@code EL}, the EU's code), its Dutch name,
 * and the dates it was bound. Immutable and thread-safe.
 */
public enum MemberState {
    /** Austria. */
    AT("Oostenrijk"),
    /** Belgium. */
    BE("België"),
    /** Bulgaria. */
    BG("Bulgarije"),
    /** Cyprus. */
    CY("Cyprus"),
    /** Czechia. */
    CZ("Tsjechië"),
    /** Germany. */
    DE("Duitsland"),
    /** Denmark (bound by Dublin III by its agreement with the EU). */
    DK("Denemarken"),
    /** Estonia. */
    EE("Estland"),
    /** Greece (EU code EL). */
    GR("Griekenland"),
    /** Spain. */
    ES("Spanje"),
    /** Finland. */
    FI("Finland"),
    /** France. */
    FR("Frankrijk"),
    /** Croatia (EU member from 1 July 2013). */
    HR("Kroatië"),
    /** Hungary. */
    HU("Hongarije"),
    /** Ireland. */
    IE("Ierland"),
    /** Italy. */
    IT("Italië"),
    /** Lithuania. */
    LT("Litouwen"),
    /** Luxembourg. */
    LU("Luxemburg"),
    /** Latvia. */
    LV("Letland"),
    /** Malta. */
    MT("Malta"),
    /** The Netherlands. */
    NL("Nederland"),
    /** Poland. */
    PL("Polen"),
    /** Portugal. */
    PT("Portugal"),
    /** Romania. */
    RO("Roemenië"),
    /** Sweden. */
    SE("Zweden"),
    /** Slovenia. */
    SI("Slovenië"),
    /** Slovakia. */
    SK("Slowakije"),
    /** Iceland (associated state). */
    IS("IJsland"),
    /** Norway (associated state). */
    NO("Noorwegen"),
    /** Switzerland (associated state). */
    CH("Zwitserland"),
    /** Liechtenstein (associated state). */
    LI("Liechtenstein"),
    /** The United Kingdom: bound until 31 December 2020. */
    GB("Verenigd Koninkrijk", LocalDate.of(2020, 12, 31));

    private final String dutchName;
    private final Optional<LocalDate> boundUntil;

    MemberState(String dutchName) {
        this.dutchName = dutchName;
        this.boundUntil = Optional.empty();
    }

    MemberState(String dutchName, LocalDate boundUntil) {
        this.dutchName = dutchName;
        this.boundUntil = Optional.of(boundUntil);
    }

    /**
     * Parses a code, case-insensitively; {@code EL} is read as Greece.
     *
     * @param code a two-letter code such as {@code "DE"}
     * @return the state
     * @throws UnknownMemberStateException if the code names no Dublin state
     */
    @JsonCreator
    public static MemberState parse(String code) {
        return parse("memberState", code);
    }

    /**
     * Parses a code, naming the field in the error.
     *
     * @param field the field the code came from
     * @param code the code
     * @return the state
     * @throws UnknownMemberStateException if the code names no Dublin state
     */
    public static MemberState parse(String field, String code) {
        Checks.nonNull(field, "memberState.field");
        Checks.nonNull(code, field);
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.equals("EL")) {
            return GR;
        }
        for (MemberState s : values()) {
            if (s.name().equals(c)) {
                return s;
            }
        }
        throw new UnknownMemberStateException(
                field,
                "unknown Dublin state code '" + code + "'; expected one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /**
     * Tells whether a code names a Dublin state (at any date).
     *
     * @param code the code
     * @return true if {@link #parse(String)} accepts it
     */
    public static boolean isCode(String code) {
        Checks.nonNull(code, "memberState");
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.equals("EL") || Arrays.stream(values()).anyMatch(s -> s.name().equals(c));
    }

    /**
     * Returns the two-letter code used in JSON.
     *
     * @return e.g. {@code "DE"}
     */
    @JsonValue
    public String code() {
        return name();
    }

    /**
     * Returns the Dutch name.
     *
     * @return e.g. {@code "Duitsland"}
     */
    public String dutchName() {
        return dutchName;
    }

    /**
     * Returns the last day this state was bound by the Dublin rules, if it left.
     *
     * @return the last day, or empty while it is bound
     */
    public Optional<LocalDate> boundUntil() {
        return boundUntil;
    }

    /**
     * Tells whether this state was bound by the Dublin rules on a day.
     *
     * @param day the day
     * @return false only for a state that had left by then
     */
    public boolean boundOn(LocalDate day) {
        return boundUntil.map(u -> !day.isAfter(u)).orElse(true);
    }
}
