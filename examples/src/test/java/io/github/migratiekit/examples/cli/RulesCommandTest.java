package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.legal.RuleEntry;
import io.github.migratiekit.core.legal.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void docsRulesMdIsGeneratedFromTheData() throws IOException {
        String expected = RulesDoc.render(RulesCommand.all());
        if (Boolean.getBoolean("migratiekit.writeDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date: run ./mvnw -pl examples -am test -Dtest=RulesCommandTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Dmigratiekit.writeDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyRuleHasAStatusAndNonVerifiedOnesSayWhy() {
        List<RuleEntry> all = RulesCommand.all();
        assertThat(all).hasSizeGreaterThan(100);
        Set<String> ids = new HashSet<>();
        for (RuleEntry r : all) {
            assertThat(ids.add(r.module() + "/" + r.group() + "/" + r.id()))
                    .as("duplicate %s", r.id())
                    .isTrue();
            if (r.verification() != Verification.VERIFIED) {
                assertThat(r.source().note())
                        .as("%s %s says why it is not verified", r.group(), r.id())
                        .isNotBlank();
            }
        }
        // the corrected rules are in the catalogue with their article
        assertThat(all)
                .anySatisfy(r -> {
                    assertThat(r.id()).startsWith("nareis@");
                    assertThat(r.source().article()).isEqualTo("art. 2u(1)");
                    assertThat(r.description()).contains("90 days");
                })
                .anySatisfy(r -> {
                    assertThat(r.id()).isEqualTo("VW_25_2");
                    assertThat(r.description()).contains("6 months");
                });
    }

    @Test
    void rulesCliListsEveryRuleWithCounts() {
        CliRunner.Result r = CliRunner.run("rules");
        assertThat(r.exitCode()).isZero();
        int n = RulesCommand.all().size();
        assertThat(r.out()).contains(n + " rules:").contains("art. 2u(1)").contains("unverified");
        CliRunner.Result json = CliRunner.run("rules", "--json", "--status", "unverified");
        assertThat(json.exitCode()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> root = Json.read(json.out(), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) root.get("rules");
        assertThat(rules).isNotEmpty().allSatisfy(m -> assertThat(m.get("verification"))
                .isEqualTo("unverified"));
        CliRunner.Result bad = CliRunner.run("rules", "--status", "sure");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--status");
    }

    @Test
    void holidaysListTheEquatedDaysAndTheCoverage() {
        CliRunner.Result y2024 = CliRunner.run("holidays", "--year", "2024");
        assertThat(y2024.out()).contains("2024-05-10").contains("2024-12-27").contains("known");
        CliRunner.Result y2025 = CliRunner.run("holidays", "--year", "2025");
        assertThat(y2025.out()).contains("2025-05-30");
        CliRunner.Result y2030 = CliRunner.run("holidays", "--year", "2030");
        assertThat(y2030.exitCode()).isZero();
        assertThat(y2030.out()).contains("WARNING (atw-decree-days-unknown)");
    }

    @Test
    void deadlineJsonCarriesTheWarnings() {
        CliRunner.Result r = CliRunner.run("deadline", "--term", "P4W", "--received", "2029-03-01", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"warnings\"").contains("atw-decree-days-unknown");
    }
}
