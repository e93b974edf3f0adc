package io.github.migratiekit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of README.md and docs/*.md shows its imports: each type it names is imported (or is in
 * {@code java.lang}, or is declared in the snippet, or is the reader's own {@code My…} type), and each import names
 * a class that exists, with the member a static import names. README's snippets are moreover compiled and run by
 * {@link ReadmeSnippetsTest}.
 */
class DocsSnippetsTest {
    private static final Pattern TYPE_NAME = Pattern.compile("(?<![\\w.])([A-Z][a-z]\\w*)");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w*)");
    /** Imports of the reader's own classes (the example consumer's), which are not on this test's class path. */
    private static final String READERS_OWN = "org.example.";

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(Path.of("..", "README.md"));
        try (Stream<Path> s = Files.list(Path.of("..", "docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    private static String code(String block) {
        return block.replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\\n]*", "")
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate, false, DocsSnippetsTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    throw e;
                }
                candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
            }
        }
    }

    private static boolean inJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void everySnippetImportsTheTypesItNamesAndEveryImportResolves() throws Exception {
        int blocks = 0;
        for (Path doc : documents()) {
            for (String block : ReadmeTest.javaBlocks(Files.readString(doc))) {
                blocks++;
                String where = doc.getFileName() + ":\n" + block;
                List<String> imports = ReadmeTest.importLines(block);
                assertThat(imports).as("no imports in %s", where).isNotEmpty();

                Set<String> imported = new LinkedHashSet<>();
                for (String line : imports) {
                    String name = line.replaceFirst("^import\\s+(static\\s+)?", "")
                            .replace(";", "")
                            .strip();
                    boolean isStatic = line.startsWith("import static");
                    String simple = name.substring(name.lastIndexOf('.') + 1);
                    imported.add(simple);
                    if (name.startsWith(READERS_OWN)) {
                        continue;
                    }
                    if (isStatic) {
                        Class<?> owner = load(name.substring(0, name.lastIndexOf('.')));
                        assertThat(Stream.concat(
                                                Arrays.stream(owner.getMethods())
                                                        .map(m -> m.getName()),
                                                Arrays.stream(owner.getFields()).map(f -> f.getName()))
                                        .anyMatch(simple::equals))
                                .as("%s has no member %s (%s)", owner.getName(), simple, where)
                                .isTrue();
                    } else {
                        assertThat(load(name)).as(where).isNotNull();
                    }
                }

                String code = code(ReadmeTest.withoutImports(block));
                Set<String> declared = new LinkedHashSet<>();
                Matcher d = DECLARED.matcher(code);
                while (d.find()) {
                    declared.add(d.group(1));
                }
                Matcher t = TYPE_NAME.matcher(code);
                while (t.find()) {
                    String type = t.group(1);
                    assertThat(imported.contains(type)
                                    || declared.contains(type)
                                    || type.startsWith("My")
                                    || inJavaLang(type))
                            .as("%s is used but not imported in %s", type, where)
                            .isTrue();
                }
            }
        }
        assertThat(blocks).isGreaterThanOrEqualTo(19);
    }
}
