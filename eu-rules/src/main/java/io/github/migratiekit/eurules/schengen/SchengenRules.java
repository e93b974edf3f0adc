package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.legal.RuleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of the Schengen rules this version of Migratiekit applies: the short-stay rules in force by date
 * and each State's Schengen membership, each with its source and verification status.
 *
 * <p>Stateless and thread-safe.
 */
public final class SchengenRules {
    private SchengenRules() {}

    /**
     * Lists the rules: short-stay rules, then membership periods.
     *
     * @return the rules
     */
    public static List<RuleEntry> catalogue() {
        List<RuleEntry> rows = new ArrayList<>();
        for (ShortStayRule r : ShortStayRules.standard().rules()) {
            rows.add(new RuleEntry(
                    "eu-rules",
                    "short-stay",
                    r.id(),
                    r.describe(),
                    Optional.of(r.validFrom()),
                    r.validTo(),
                    r.source()));
        }
        for (MembershipPeriod p : SchengenMembership.standard().periods()) {
            rows.add(new RuleEntry(
                    "eu-rules",
                    "schengen-membership",
                    p.state(),
                    p.name()
                            + (p.validFrom().isPresent()
                                    ? " applies the Schengen acquis from "
                                            + p.validFrom().get()
                                    : " does not apply the Schengen acquis: days there do not count"),
                    p.validFrom(),
                    p.validTo(),
                    p.source()));
        }
        return List.copyOf(rows);
    }
}
