package io.github.migratiekit.examples.cli;

import io.github.migratiekit.examples.tour.Tour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code tour}: runs every example program in order. */
@Command(
        name = "tour",
        mixinStandardHelpOptions = true,
        description = "A guided run through what Migratiekit computes, one realistic case per capability.")
final class TourCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Tour.run(spec.commandLine().getOut());
    }
}
