package io.github.migratiekit.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar examples/target/migratiekit.jar <command> [options]}.
 *
 * <p>Exit codes: 0 on success; 2 on bad input (one line on standard error naming the option and the value as typed,
 * never a stack trace) or when the output cannot be written completely; 1 on a bug (one line).
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

    /** Set this environment variable to any value to print the stack trace of an internal error. */
    static final String TRACE_VARIABLE = "MIGRATIEKIT_TRACE";

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        FailureRecordingStream stdout = new FailureRecordingStream(new FileOutputStream(FileDescriptor.out));
        PrintWriter out =
                new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, stdout::failure, args));
    }

    /**
     * Runs the command line with the given streams (used by tests).
     *
     * <p>Exit codes: 0 on success; 2 on bad input, with one line on {@code err} naming the option and the value as
     * typed, and also when the output cannot be written completely (a full disk); 1 on a bug, with one line.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, () -> null, args);
    }

    /**
     * Runs the command line.
     *
     * @param out standard output
     * @param err standard error
     * @param outFailure the reason the output could not be written, if known
     * @param args the arguments
     * @return the exit code
     */
    static int run(PrintWriter out, PrintWriter err, Supplier<@Nullable String> outFailure, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        // no @FILE argument files: an argument is what was typed (and "@/dev/zero" cannot read forever)
        cmd.setExpandAtFiles(false);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + Cli.oneLine(firstLine(ex.getMessage())) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(err, ex));
        int code;
        try {
            code = cmd.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            code = failure(err, e);
        }
        if (out.checkError() && code == 0) {
            String reason = outFailure.get();
            err.println("error: standard output: cannot write" + (reason == null ? "" : " (" + reason + ")")
                    + "; the output is incomplete");
            code = 2;
        }
        err.flush();
        return code;
    }

    /** Reports a failure in one line: 2 for bad input, 1 for a bug. */
    private static int failure(PrintWriter err, Throwable ex) {
        if (ex instanceof OptionException oe) {
            err.println("error: " + oe.line());
            return 2;
        }
        String rule = Cli.describe(ex, true);
        if (rule != null) {
            err.println("error: " + rule);
            return 2;
        }
        if (ex instanceof OutOfMemoryError) {
            err.println("internal error: out of memory");
        } else {
            err.println("internal error: this is a bug in migratiekit; please report it with the command line that"
                    + " caused it (set " + TRACE_VARIABLE + "=1 to print the details)");
        }
        if (System.getenv(TRACE_VARIABLE) != null) {
            ex.printStackTrace(err);
        }
        return 1;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Standard output that remembers why a write failed (e.g. "No space left on device"). */
    static final class FailureRecordingStream extends FilterOutputStream {
        private volatile @Nullable String failure;

        FailureRecordingStream(OutputStream out) {
            super(out);
        }

        @Nullable
        String failure() {
            return failure;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = reason(e);
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = reason(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = reason(e);
                throw e;
            }
        }

        private static String reason(IOException e) {
            return InputFiles.ioProblem(e);
        }
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
