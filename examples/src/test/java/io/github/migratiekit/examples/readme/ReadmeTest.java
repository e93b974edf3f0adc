package io.github.migratiekit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.examples.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md honest: its Java code, imports included, is compiled and run by {@link ReadmeSnippetsTest}, and
 * its commands exist and give what the README says.
 */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SNIPPETS =
            Path.of("src/test/java/io/github/migratiekit/examples/readme/ReadmeSnippetsTest.java");

    private static String normalise(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }

    static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    static List<String> importLines(String code) {
        return code.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("import "))
                .toList();
    }

    static String withoutImports(String code) {
        return code.lines().filter(l -> !l.strip().startsWith("import ")).collect(Collectors.joining("\n"));
    }

    @Test
    void everyJavaBlockOfTheReadmeIsCompiledInTheSnippetsTestWithItsImports() throws IOException {
        String readme = Files.readString(README);
        String snippetsFile = Files.readString(SNIPPETS);
        String snippets = normalise(snippetsFile);
        List<String> snippetImports = importLines(snippetsFile);
        List<String> blocks = javaBlocks(readme);
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        for (String block : blocks) {
            assertThat(importLines(block))
                    .as("README block shows no imports:%n%s", block)
                    .isNotEmpty();
            assertThat(snippetImports)
                    .as("an import of this README block is not one the snippets test compiles with:%n%s", block)
                    .containsAll(importLines(block));
            assertThat(snippets)
                    .as("README block not found in ReadmeSnippetsTest:%n%s", block)
                    .contains(normalise(withoutImports(block)));
        }
    }

    @Test
    void theTwoSetUpCommandsAreThereAndCiRunsTheTestCommand() throws IOException {
        String readme = Files.readString(README);
        String tour = "./mvnw -B -q -DskipTests package && java -jar examples/target/migratiekit.jar tour";
        String tests = "./mvnw -B verify";
        assertThat(readme).contains(tour).contains(tests);
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains(tests);
    }

    @Test
    void theSchengenBatchExampleRunsOnItsSampleFile() throws IOException {
        String sample = "examples/src/main/resources/schengen/stays.csv";
        assertThat(Files.readString(README))
                .contains("schengen-batch --input " + sample + " --on 2026-06-15")
                .satisfies(
                        text -> assertThat(normalise(text))
                                .contains(
                                        "T1 116 days used, 26 unlawful from 2026-05-21; T2 14; T3 132, 42 unlawful from 2026-03-20"));
        CliRunner.Result r = CliRunner.run("schengen-batch", "--input", "../" + sample, "--on", "2026-06-15");
        assertThat(r.exitCode()).isZero();
        // counted by hand, Schengen Borders Code art. 6(1): the 180 days ending 2026-06-15 start on 2025-12-18.
        // T1: 2026-01-10..03-20 = 22 + 28 + 20 = 70 days, 2026-05-01..06-15 = 31 + 15 = 46; 116 in all; day 91 is
        // 2026-05-21, so 26 unlawful days. T2: 14 days. T3: 2025-12-20..2026-04-30 = 12 + 31 + 28 + 31 + 30 = 132;
        // day 91 is 2026-03-20; 42 unlawful days.
        assertThat(r.out().lines())
                .anySatisfy(l -> assertThat(l).startsWith("T1,116,0,2025-12-18,2026-06-15,26,26,2026-05-21,"))
                .anySatisfy(l -> assertThat(l).startsWith("T2,14,76,2025-12-18,2026-06-15,0,0,,"))
                .anySatisfy(l -> assertThat(l).startsWith("T3,132,0,2025-12-18,2026-06-15,42,42,2026-03-20,"));
    }
}
