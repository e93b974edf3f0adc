package io.github.migratiekit.examples.cli;

import java.io.PrintWriter;

/**
 * Progress of a long-running command on standard error, shown only when the command runs in a terminal (so that
 * scripts and pipes see clean output). Not thread-safe; one per command run.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private int lastPercent = -1;

    private Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /**
     * Progress shown when standard input/output is a terminal.
     *
     * @param err standard error
     * @return the progress reporter
     */
    static Progress forTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null);
    }

    /**
     * Progress that is always (or never) shown; for tests.
     *
     * @param err where to print
     * @param enabled whether to print
     * @return the progress reporter
     */
    static Progress of(PrintWriter err, boolean enabled) {
        return new Progress(err, enabled);
    }

    /**
     * Reports a phase.
     *
     * @param message what is being done
     */
    void phase(String message) {
        if (enabled) {
            err.printf("[%5.1fs] %s%n", (System.nanoTime() - startNanos) / 1e9, message);
            err.flush();
        }
    }

    /**
     * Reports how far a loop is, at most once per whole percent.
     *
     * @param done items done
     * @param total items in all
     * @param what the items, e.g. "travellers"
     */
    void tick(long done, long total, String what) {
        if (!enabled || total <= 0) {
            return;
        }
        int percent = (int) (done * 100 / total);
        if (percent != lastPercent && percent > 0 && (percent % 10 == 0 || done == total)) {
            lastPercent = percent;
            err.printf(
                    "[%5.1fs] %d/%d %s (%d%%)%n", (System.nanoTime() - startNanos) / 1e9, done, total, what, percent);
            err.flush();
        }
    }
}
