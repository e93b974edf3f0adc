package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.MigratiekitException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar examples/target/migratiekit.jar <command> [options]}.
 *
 * <p>Exit codes: 0 on success; 2 on bad input (a one-line message on standard error, never a stack trace); 1 on an
 * unexpected failure.
 */
@Command(
        name = "migratiekit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Computes what Dutch and EU migration law says. Not legal advice.",
        subcommands = {
            TourCommand.class,
            HolidaysCommand.class,
            DeadlineCommand.class,
            ProcedureCommand.class,
            SchengenCommand.class,
            SchengenBatchCommand.class,
            TaakstellingCommand.class,
            SpreidingCommand.class,
            StatsCommand.class,
            DublinCommand.class,
            DublinDeadlinesCommand.class,
            RulesCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line with the given streams (used by tests).
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + firstLine(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof MigratiekitException || ex instanceof IllegalArgumentException) {
                err.println("error: " + firstLine(ex.getMessage()));
                return 2;
            }
            err.println("internal error: " + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage()));
            return 1;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String firstLine(@org.jspecify.annotations.Nullable String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"migratiekit " + (v == null ? "development build" : v)};
        }
    }
}
