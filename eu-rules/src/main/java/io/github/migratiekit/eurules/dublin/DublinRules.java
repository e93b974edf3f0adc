package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.legal.RuleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of the Dublin III and AMMR periods and time limits this version of Migratiekit applies, each with
 * its article and verification status, plus the regimes' family definitions.
 *
 * <p>Stateless and thread-safe.
 */
public final class DublinRules {
    private DublinRules() {}

    /**
     * Lists the rules: time limits in data order, then the family definitions.
     *
     * @return the rules
     */
    public static List<RuleEntry> catalogue() {
        RegimeRules rules = RegimeRules.standard();
        List<RuleEntry> rows = new ArrayList<>();
        for (RegimeRules.Rule r : rules.rules()) {
            rows.add(new RuleEntry(
                    "eu-rules",
                    "dublin-time-limit",
                    r.regime().name() + ":" + r.id(),
                    r.id() + ": " + r.term(),
                    Optional.of(r.regime().registeredFrom()),
                    r.regime().lastRegistrationDay(),
                    r.source()));
        }
        for (Regime regime : Regime.values()) {
            RegimeRules.FamilyDefinition f = rules.familyDefinition(regime);
            rows.add(new RuleEntry(
                    "eu-rules",
                    "dublin-family",
                    regime.name() + ":family",
                    "family members: " + sorted(f.relations()) + "; of a minor applicant also "
                            + sorted(f.relationsIfApplicantIsMinor()),
                    Optional.of(regime.registeredFrom()),
                    regime.lastRegistrationDay(),
                    f.source()));
        }
        return List.copyOf(rows);
    }

    private static List<String> sorted(java.util.Set<FamilyMember.Relation> relations) {
        return relations.stream().map(Enum::name).sorted().toList();
    }
}
