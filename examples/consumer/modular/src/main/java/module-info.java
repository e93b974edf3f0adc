/**
 * A user's own module on the module path: it reads Migratiekit's three library modules (transitively, since its API
 * returns their types) and nothing else. Compiled
 * with -Xlint:all -Werror, so a warning caused by a Migratiekit module descriptor or class file fails the build.
 */
module org.example.modular {
    requires transitive io.github.migratiekit.core;
    requires transitive io.github.migratiekit.eurules;
    requires transitive io.github.migratiekit.statistics;

    exports org.example.modular;
}
