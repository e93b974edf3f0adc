package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The definitions of the short-stay limit over time, as dated data selected by the day assessed and the nationality.
 *
 * <p>Bundled ({@code short-stay-rules.json}): before 2013-10-18 "3 months in a 6-month period from the date of first
 * entry" (CISA art. 20(1), SBC 2006 art. 5(1), CJEU C-241/05 Bot); from 2013-10-18 "90 days in any 180-day period"
 * (Reg. (EU) 610/2013, now SBC 2016/399 art. 6(1)); and for nationals of Antigua and Barbuda, the Bahamas, Barbados,
 * Brazil, Saint Kitts and Nevis, Mauritius and the Seychelles the old definition kept by the 2009 visa-waiver
 * agreements (uncertain, see the rule's note). A rule limited to nationalities beats a general one.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShortStayRules {
    private static final ShortStayRules STANDARD = load();

    private final List<ShortStayRule> rules;

    private ShortStayRules(Collection<ShortStayRule> rules) {
        this.rules = List.copyOf(rules);
        if (this.rules.isEmpty()) {
            throw new InvalidStayException("rules", "at least one rule is needed");
        }
    }

    /**
     * Returns the rules bundled with this release.
     *
     * @return the standard rules
     */
    public static ShortStayRules standard() {
        return STANDARD;
    }

    /**
     * Creates a rule set from user-supplied rules.
     *
     * @param rules the rules
     * @return the rule set
     * @throws InvalidStayException if the collection is empty
     */
    public static ShortStayRules of(Collection<ShortStayRule> rules) {
        Checks.nonNull(rules, "rules");
        return new ShortStayRules(rules);
    }

    /**
     * Returns the rules.
     *
     * @return the rules in the order given
     */
    public List<ShortStayRule> rules() {
        return rules;
    }

    /**
     * Returns the rule that applies to a day of stay of a person of a nationality.
     *
     * @param day the day assessed (the control day, the entry day)
     * @param nationality ISO alpha-3, or empty if unknown (then only general rules apply)
     * @return the rule; a nationality-specific one if any applies
     * @throws InvalidStayException if no rule applies to the day
     */
    public ShortStayRule ruleFor(LocalDate day, Optional<String> nationality) {
        Optional<ShortStayRule> general = Optional.empty();
        for (ShortStayRule r : rules) {
            if (r.appliesTo(day, nationality)) {
                if (!r.nationalities().isEmpty()) {
                    return r;
                }
                if (general.isEmpty()) {
                    general = Optional.of(r);
                }
            }
        }
        return general.orElseThrow(() -> new InvalidStayException("date", "no short-stay rule applies to " + day));
    }

    private static ShortStayRules load() {
        String resource = "short-stay-rules.json";
        try (InputStream in = ShortStayRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + resource);
            }
            return new ShortStayRules(Json.read(in, Data.class).rules());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JSON form of a rule set: {@code {"rules": [...]}}.
     *
     * @param rules the rules
     */
    public record Data(List<ShortStayRule> rules) {
        /**
         * Copies the list.
         *
         * @param rules the rules
         */
        public Data {
            Checks.nonNull(rules, "data.rules");
            rules = List.copyOf(rules);
        }
    }
}
