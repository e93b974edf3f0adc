/**
 * A user's own module on the module path: it reads Migratiekit's three library modules and nothing else. Compiled
 * with -Xlint:all -Werror, so a warning caused by a Migratiekit module descriptor or class file fails the build.
 */
module org.example.modular {
    requires io.github.migratiekit.core;
    requires io.github.migratiekit.eurules;
    requires io.github.migratiekit.statistics;

    exports org.example.modular;
}
