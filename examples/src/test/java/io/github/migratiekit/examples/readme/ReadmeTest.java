package io.github.migratiekit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps README.md honest: its Java code is compiled and run by {@link ReadmeSnippetsTest}, and its commands exist. */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SNIPPETS =
            Path.of("src/test/java/io/github/migratiekit/examples/readme/ReadmeSnippetsTest.java");

    private static String normalise(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyJavaBlockOfTheReadmeIsCompiledInTheSnippetsTest() throws IOException {
        String readme = Files.readString(README);
        String snippets = normalise(Files.readString(SNIPPETS));
        List<String> blocks = javaBlocks(readme);
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        for (String block : blocks) {
            assertThat(snippets)
                    .as("README block not found in ReadmeSnippetsTest:%n%s", block)
                    .contains(normalise(block));
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
}
