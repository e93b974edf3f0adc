package io.github.migratiekit.examples.bench;

import io.github.migratiekit.examples.cli.Main;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code schengen-batch} end to end against its I/O floor (FastCSV reading and splitting the same file), alternated
 * in one JVM, in wall-clock time and in CPU time (which a loaded machine inflates less). Usage:
 * {@code BatchThroughput STAYS.csv OUT.csv ROUNDS}; run with the heap to test, e.g. {@code -Xmx256m}.
 */
public final class BatchThroughput {
    private BatchThroughput() {}

    /**
     * Runs the rounds.
     *
     * @param args input file, output file, rounds
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 1; r <= rounds; r++) {
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            CsvReadFloor.main(new String[] {in.toString()});
            long floorWall = System.nanoTime() - w0;
            long floorCpu = threads.getCurrentThreadCpuTime() - c0;
            long floorProcess = os.getProcessCpuTime() - p0;
            w0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            p0 = os.getProcessCpuTime();
            int code;
            try (PrintWriter o = new PrintWriter(new BufferedWriter(
                            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)));
                    PrintWriter e = new PrintWriter(System.err, true)) {
                code = Main.run(o, e, "schengen-batch", "--input", in.toString(), "--on", "2025-06-01");
            }
            long cliWall = System.nanoTime() - w0;
            long cliCpu = threads.getCurrentThreadCpuTime() - c0;
            long cliProcess = os.getProcessCpuTime() - p0;
            System.out.printf(
                    "round %d: exit %d; floor %.2f s wall, %.2f s main-thread cpu, %.2f s process cpu;"
                            + " cli %.2f s wall, %.2f s main-thread cpu, %.2f s process cpu;"
                            + " ratio wall %.2f, process cpu %.2f; heap max %d MB; load %.1f%n",
                    r,
                    code,
                    floorWall / 1e9,
                    floorCpu / 1e9,
                    floorProcess / 1e9,
                    cliWall / 1e9,
                    cliCpu / 1e9,
                    cliProcess / 1e9,
                    (double) cliWall / floorWall,
                    (double) cliProcess / floorProcess,
                    Runtime.getRuntime().maxMemory() >> 20,
                    os.getSystemLoadAverage());
        }
    }
}
