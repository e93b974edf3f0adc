package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.legal.RuleEntry;
import io.github.migratiekit.core.legal.Verification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Renders {@code docs/rules.md} from the rule catalogues; a test keeps the committed file equal to this output. */
final class RulesDoc {
    private RulesDoc() {}

    static String render(List<RuleEntry> rows) {
        Map<Verification, Integer> counts = new EnumMap<>(Verification.class);
        for (Verification v : Verification.values()) {
            counts.put(v, 0);
        }
        rows.forEach(r -> counts.merge(r.verification(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        sb.append("# Rules and their verification status\n\n");
        sb.append("Generated from the rule data of this version (`migratiekit rules` prints the same list; ")
                .append("`RulesDocTest` keeps this file in sync). Every rule carries a status:\n\n");
        sb.append(
                "- **verified**: read in the official text or a faithful copy of it (the note says which version);\n");
        sb.append("- **secondary**: known only from a secondary source (a government page, a law firm, a digest of a ")
                .append("ruling);\n");
        sb.append("- **unverified**: the best available reading, not checked against any text.\n\n");
        sb.append("A result that used a rule that is not verified says so: the step's citation ends with the status ")
                .append("and `Explanation.warnings()` lists `rule-secondary` or `rule-unverified`.\n\n");
        sb.append("Totals: ")
                .append(rows.size())
                .append(" rules, ")
                .append(counts.get(Verification.VERIFIED))
                .append(" verified, ")
                .append(counts.get(Verification.SECONDARY))
                .append(" secondary, ")
                .append(counts.get(Verification.UNVERIFIED))
                .append(" unverified.\n");
        String group = "";
        for (RuleEntry r : rows) {
            String g = r.module() + " / " + r.group();
            if (!g.equals(group)) {
                group = g;
                sb.append("\n## ").append(g).append("\n\n");
                sb.append("| id | rule | source | valid | status | note |\n");
                sb.append("| --- | --- | --- | --- | --- | --- |\n");
            }
            String valid = r.validFrom().map(Object::toString).orElse("")
                    + (r.validFrom().isPresent() || r.validTo().isPresent() ? " – " : "")
                    + r.validTo().map(Object::toString).orElse("");
            sb.append("| `")
                    .append(r.id())
                    .append("` | ")
                    .append(cell(r.description()))
                    .append(" | ")
                    .append(cell(r.source().shortCitation()))
                    .append(" | ")
                    .append(valid.isBlank() ? "always" : valid.trim())
                    .append(" | ")
                    .append(r.verification().label())
                    .append(" | ")
                    .append(cell(r.source().note()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
