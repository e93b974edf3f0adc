package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.legal.RuleEntry;
import io.github.migratiekit.core.legal.Verification;
import io.github.migratiekit.core.time.TimeRules;
import io.github.migratiekit.eurules.dublin.DublinRules;
import io.github.migratiekit.eurules.schengen.SchengenRules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules [--status unverified] [--json]}: every rule the SDK applies, with its source and status. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Lists every rule Migratiekit applies: its article, validity dates, verification status"
                + " (verified, secondary, unverified) and what the status rests on.")
final class RulesCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--status",
            description = "Only rules with this status: verified, secondary or unverified.",
            paramLabel = "STATUS")
    @org.jspecify.annotations.Nullable
    String status;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    /** Every rule of every module, in a stable order: core, then Schengen, then Dublin. */
    static List<RuleEntry> all() {
        List<RuleEntry> rows = new ArrayList<>(TimeRules.catalogue());
        rows.addAll(SchengenRules.catalogue());
        rows.addAll(DublinRules.catalogue());
        return rows;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleEntry> rows = all();
        if (status != null) {
            Verification wanted = Verification.parse("--status", status);
            rows = rows.stream().filter(r -> r.verification() == wanted).toList();
        }
        Map<Verification, Integer> counts = new EnumMap<>(Verification.class);
        for (Verification v : Verification.values()) {
            counts.put(v, 0);
        }
        for (RuleEntry r : rows) {
            counts.merge(r.verification(), 1, Integer::sum);
        }
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (RuleEntry r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("module", r.module());
                m.put("group", r.group());
                m.put("id", r.id());
                m.put("description", r.description());
                m.put("validFrom", r.validFrom().map(Object::toString).orElse(""));
                m.put("validTo", r.validTo().map(Object::toString).orElse(""));
                m.put("instrument", r.source().instrument());
                m.put("article", r.source().article());
                m.put("identifier", r.source().identifier());
                m.put("verification", r.verification().label());
                m.put("note", r.source().note());
                list.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Object> c = new LinkedHashMap<>();
            counts.forEach((k, v) -> c.put(k.label(), v));
            root.put("counts", c);
            root.put("rules", list);
            Cli.printJson(out, root);
            return;
        }
        for (RuleEntry r : rows) {
            out.printf(
                    Locale.ROOT,
                    "%-10s %-22s %-40s %s%n",
                    r.verification().label(),
                    r.group(),
                    r.id(),
                    r.source().shortCitation());
        }
        out.printf(
                Locale.ROOT,
                "%d rules: %d verified, %d secondary, %d unverified%n",
                rows.size(),
                counts.get(Verification.VERIFIED),
                counts.get(Verification.SECONDARY),
                counts.get(Verification.UNVERIFIED));
    }
}
