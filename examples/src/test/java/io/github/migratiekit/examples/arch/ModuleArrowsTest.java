package io.github.migratiekit.examples.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps DESIGN.md §2 true: examples → statistics → core, examples → eu-rules → core; libraries never print and never
 * depend on the CLI library.
 */
class ModuleArrowsTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.migratiekit");
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("io.github.migratiekit.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.github.migratiekit.eurules..",
                        "io.github.migratiekit.statistics..",
                        "io.github.migratiekit.examples..")
                .check(classes);
    }

    @Test
    void euRulesDependsOnlyOnCore() {
        noClasses()
                .that()
                .resideInAPackage("io.github.migratiekit.eurules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.migratiekit.statistics..", "io.github.migratiekit.examples..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void statisticsDependsOnlyOnCore() {
        noClasses()
                .that()
                .resideInAPackage("io.github.migratiekit.statistics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.migratiekit.eurules..", "io.github.migratiekit.examples..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void librariesDoNotPrintOrUseTheCliLibrary() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.github.migratiekit.core..",
                        "io.github.migratiekit.eurules..",
                        "io.github.migratiekit.statistics..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }
}
