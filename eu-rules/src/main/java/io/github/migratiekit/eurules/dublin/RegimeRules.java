package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.MigratiekitException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Verification;
import java.io.InputStream;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The periods and time limits of each regime, read from the bundled resource {@code dublin-rules.json}: a term, the
 * article that sets it and, where the text could not be checked, a note. Keeping them as data lets a wrong term be
 * corrected without touching code.
 *
 * <p>Immutable and thread-safe; {@link #standard()} returns the bundled rules.
 */
public final class RegimeRules {
    private static final RegimeRules STANDARD = load();

    private final Map<Regime, Map<String, Rule>> rules;
    private final Map<Regime, FamilyDefinition> families;
    private final List<Rule> inOrder;

    private RegimeRules(
            Map<Regime, Map<String, Rule>> rules, Map<Regime, FamilyDefinition> families, List<Rule> inOrder) {
        this.rules = rules;
        this.families = families;
        this.inOrder = List.copyOf(inOrder);
    }

    /**
     * Returns every rule in the order of {@code dublin-rules.json}.
     *
     * @return the rules of both regimes
     */
    public List<Rule> rules() {
        return inOrder;
    }

    /**
     * Returns who counts as a "family member" in a regime.
     *
     * @param regime the regime the definition belongs to (Dublin III or the AMMR)
     * @return the definition
     * @throws MigratiekitException if the bundled data lacks it
     */
    public FamilyDefinition familyDefinition(Regime regime) {
        FamilyDefinition f = families.get(regime);
        if (f == null) {
            throw new MigratiekitException("dublin-rules.json has no family definition for " + regime);
        }
        return f;
    }

    /**
     * Returns the bundled rules.
     *
     * @return the rules of {@code dublin-rules.json}
     */
    public static RegimeRules standard() {
        return STANDARD;
    }

    /**
     * Returns a rule of a regime.
     *
     * @param regime the regime the definition belongs to (Dublin III or the AMMR)
     * @param id the rule id, e.g. {@code "transfer"}
     * @return the rule, or empty when the regime has no such rule
     */
    public Optional<Rule> rule(Regime regime, String id) {
        return Optional.ofNullable(rules.getOrDefault(regime, Map.of()).get(id));
    }

    /**
     * Returns a rule that must exist.
     *
     * @param regime the regime the definition belongs to (Dublin III or the AMMR)
     * @param id the rule id
     * @return the rule
     * @throws MigratiekitException if the bundled data lacks it
     */
    public Rule require(Regime regime, String id) {
        return rule(regime, id)
                .orElseThrow(() -> new MigratiekitException("dublin-rules.json has no rule " + id + " for " + regime));
    }

    private static RegimeRules load() {
        InputStream in = RegimeRules.class.getResourceAsStream("dublin-rules.json");
        if (in == null) {
            throw new MigratiekitException("bundled resource dublin-rules.json is missing");
        }
        RuleFile file = Json.read(in, RuleFile.class);
        Map<Regime, Map<String, Rule>> map = new EnumMap<>(Regime.class);
        for (Rule r : file.rules()) {
            map.computeIfAbsent(r.regime(), k -> new HashMap<>()).put(r.id(), r);
        }
        Map<Regime, Map<String, Rule>> frozen = new EnumMap<>(Regime.class);
        map.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        Map<Regime, FamilyDefinition> fam = new EnumMap<>(Regime.class);
        file.familyDefinitions().forEach(f -> fam.put(f.regime(), f));
        return new RegimeRules(frozen, fam, file.rules());
    }

    /**
     * One period or time limit.
     *
     * @param regime the regime the definition belongs to (Dublin III or the AMMR)
     * @param id the rule id
     * @param term the term
     * @param article the article that sets it
     * @param note what the encoding relied on, or a caveat where the text could not be checked; may be empty
     * @param verification how sure the encoding is
     */
    public record Rule(Regime regime, String id, Period term, String article, String note, Verification verification) {

        /**
         * Refuses a {@code null} value.
         *
         * @param regime the regime the definition belongs to (Dublin III or the AMMR)
         * @param id the rule id
         * @param term the term
         * @param article the article that sets it
         * @param note what the encoding relied on, or a caveat; may be empty
         * @param verification how sure the encoding is
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Rule {
            Checks.nonNull(regime, "rule.regime");
            Checks.nonNull(id, "rule.id");
            Checks.nonNull(term, "rule.term");
            Checks.nonNull(article, "rule.article");
            Checks.nonNull(note, "rule.note");
            Checks.nonNull(verification, "rule.verification");
        }

        /**
         * Returns the citation of this rule, with its note and verification status.
         *
         * @return the source
         */
        public LegalSource source() {
            return regime.article(article).withVerification(verification, note);
        }
    }

    /**
     * Who counts as a family member in a regime (Dublin III art. 2(g), AMMR art. 2(8)).
     *
     * @param regime the regime the definition belongs to (Dublin III or the AMMR)
     * @param article the article that defines the family members, e.g. {@code "art. 2(g)"}
     * @param relations relations that are family members
     * @param relationsIfApplicantIsMinor relations that are family members only of a minor applicant
     * @param formed where the family must have been formed (for arts. 10–11; art. 9 does not ask)
     * @param note what the encoding relied on, or a caveat where the text could not be checked; may be empty
     * @param verification how sure the encoding is
     */
    public record FamilyDefinition(
            Regime regime,
            String article,
            Set<FamilyMember.Relation> relations,
            Set<FamilyMember.Relation> relationsIfApplicantIsMinor,
            Set<FamilyMember.Formed> formed,
            String note,
            Verification verification) {
        /**
         * Copies the sets.
         *
         * @param regime the regime the definition belongs to (Dublin III or the AMMR)
         * @param article the article that defines the family members, e.g. {@code "art. 2(g)"}
         * @param relations relations that are family members
         * @param relationsIfApplicantIsMinor relations that are family members only of a minor applicant
         * @param formed where the family must have been formed (for arts. 10–11; art. 9 does not ask)
         * @param note a caveat where the text could not be checked; may be empty
         * @param verification how sure the encoding is
         */
        public FamilyDefinition {
            Checks.nonNull(regime, "familyDefinition.regime");
            Checks.nonNull(article, "familyDefinition.article");
            Checks.nonNull(relations, "familyDefinition.relations");
            Checks.nonNull(relationsIfApplicantIsMinor, "familyDefinition.relationsIfApplicantIsMinor");
            Checks.nonNull(formed, "familyDefinition.formed");
            Checks.nonNull(note, "familyDefinition.note");
            Checks.nonNull(verification, "familyDefinition.verification");
            relations = Set.copyOf(relations);
            relationsIfApplicantIsMinor = Set.copyOf(relationsIfApplicantIsMinor);
            formed = Set.copyOf(formed);
        }

        /**
         * Returns the citation of the definition, with its caveat.
         *
         * @return the source
         */
        public LegalSource source() {
            return regime.article(article).withVerification(verification, note);
        }
    }

    /** The shape of the resource. */
    record RuleFile(String about, List<Rule> rules, List<FamilyDefinition> familyDefinitions) {}
}
