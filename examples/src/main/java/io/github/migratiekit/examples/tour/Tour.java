package io.github.migratiekit.examples.tour;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/** Runs the example programs in order, each under a heading. */
public final class Tour {
    private Tour() {}

    /** The examples in the order the tour shows them; each prints a short story of one case. */
    static final List<Example> EXAMPLES = List.of(
            new Example("Legal deadlines", DeadlinesExample::run),
            new Example("Permits and procedures", ProceduresExample::run),
            new Example("Schengen 90/180", SchengenExample::run),
            new Example("Dublin responsibility", DublinExample::run),
            new Example("Taakstelling and Spreidingswet", HousingExample::run),
            new Example("Sourced statistics", StatisticsExample::run));

    /**
     * Runs every example.
     *
     * @param out where the examples print
     */
    public static void run(PrintWriter out) {
        out.println("Migratiekit tour: what the law says, computed and explained. (Not legal advice.)");
        int n = 1;
        for (Example e : EXAMPLES) {
            out.println();
            out.println("== " + n++ + ". " + e.title() + " ==");
            e.body().accept(out);
        }
        out.flush();
    }

    /** One example of the tour. */
    record Example(String title, Consumer<PrintWriter> body) {}
}
