package io.github.migratiekit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.eurules.schengen.BatchQuery;
import io.github.migratiekit.eurules.schengen.BatchRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in {@code local[2]} gives, for every traveller, the row that {@code schengen-batch} (the command-line jar of
 * the same build) gives on the same input: generated stays across the change of rule on 2013-10-18 and the Croatian
 * accession, States without the acquis, excluded periods, nationalities with the older rule. Both are timed.
 */
class SchengenSparkTest {
    private static final int TRAVELLERS = 25_000;
    private static final int STAYS = 8;

    @Test
    void sparkGivesTheRowsOfSchengenBatch(@TempDir Path dir) throws Exception {
        Path stays = dir.resolve("stays.csv");
        Path excluded = dir.resolve("excluded.csv");
        int rows = generate(stays, excluded);
        assertThat(rows).isGreaterThanOrEqualTo(200_000);
        LocalDate on = LocalDate.of(2014, 3, 1);
        LocalDate entry = LocalDate.of(2014, 3, 10);

        // the command line, as a user runs it
        Path cliOut = dir.resolve("cli.csv");
        Path jar = Path.of(System.getProperty("migratiekit.cli.jar", "../target/migratiekit.jar"));
        assertThat(jar).exists();
        long c0 = System.nanoTime();
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "schengen-batch",
                        "--input",
                        stays.toString(),
                        "--excluded",
                        excluded.toString(),
                        "--on",
                        on.toString(),
                        "--entry",
                        entry.toString(),
                        "--min-days",
                        "30")
                .redirectOutput(cliOut.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        double cliSeconds = (System.nanoTime() - c0) / 1e9;
        List<String> cliLines = Files.readAllLines(cliOut);
        assertThat(cliLines.get(0)).isEqualTo(String.join(",", BatchRow.columns(true)));
        Map<String, String> cli = new HashMap<>();
        for (String line : cliLines.subList(1, cliLines.size())) {
            cli.put(line.substring(0, line.indexOf(',')), line);
        }
        assertThat(cli).hasSize(TRAVELLERS);

        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("schengen-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        try {
            long s0 = System.nanoTime();
            Dataset<Row> out = SchengenSpark.control(
                    SchengenSpark.read(spark, stays.toString(), "csv"),
                    Optional.of(SchengenSpark.read(spark, excluded.toString(), "csv")),
                    BatchQuery.plan(on, entry, 30));
            List<Row> result = out.collectAsList();
            double sparkSeconds = (System.nanoTime() - s0) / 1e9;
            assertThat(result).hasSize(TRAVELLERS);
            int unlawful = 0;
            int olderRule = 0;
            for (Row r : result) {
                String line = csv(r);
                String id = r.getString(0);
                assertThat(line).as(id).isEqualTo(cli.get(id));
                unlawful += r.getInt(6) > 0 ? 1 : 0;
                olderRule += "visa-waiver-2009".equals(r.getString(12)) ? 1 : 0;
            }
            // the comparison covered overstays and the nationality rule, not only empty histories
            assertThat(unlawful).isGreaterThan(TRAVELLERS / 20);
            assertThat(olderRule).isGreaterThan(TRAVELLERS / 20);
            System.out.printf(
                    "Schengen on %d stays of %d travellers: schengen-batch %.2f s (JVM start included),"
                            + " Spark local[2] %.2f s (session start excluded); Spark/CLI = %.2f%n",
                    rows, TRAVELLERS, cliSeconds, sparkSeconds, sparkSeconds / cliSeconds);
        } finally {
            spark.stop();
        }
    }

    /** The Spark row as schengen-batch writes it: ISO dates, null as an empty field. */
    private static String csv(Row r) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < r.length(); i++) {
            Object v = r.get(i);
            f.add(v == null ? "" : v instanceof java.sql.Date d ? d.toLocalDate().toString() : v.toString());
        }
        return String.join(",", f);
    }

    /** Writes sorted stays and excluded periods; returns the number of stays. */
    private static int generate(Path stays, Path excluded) throws IOException {
        SplittableRandom r = new SplittableRandom(2013);
        String[] states = {"", "", "", "NL", "FR", "HR", "CY"};
        String[] nationalities = {"", "", "", "BRA", "USA"};
        LocalDate base = LocalDate.of(2012, 6, 1);
        int n = 0;
        try (BufferedWriter s = Files.newBufferedWriter(stays, StandardCharsets.UTF_8);
                BufferedWriter x = Files.newBufferedWriter(excluded, StandardCharsets.UTF_8)) {
            s.write("travellerId,entry,exit,state,nationality\n");
            x.write("travellerId,start,end\n");
            for (int t = 0; t < TRAVELLERS; t++) {
                String id = String.format("V%08d", t);
                String nationality = nationalities[r.nextInt(nationalities.length)];
                LocalDate d = base.plusDays(r.nextInt(300));
                for (int i = 0; i < STAYS; i++) {
                    LocalDate exit = d.plusDays(r.nextInt(80));
                    s.write(id + "," + d + "," + exit + "," + states[r.nextInt(states.length)] + "," + nationality
                            + "\n");
                    n++;
                    d = exit.plusDays(r.nextInt(40));
                }
                if (r.nextInt(10) == 0) {
                    LocalDate start = base.plusDays(r.nextInt(600));
                    x.write(id + "," + start + "," + start.plusDays(r.nextInt(120)) + "\n");
                }
            }
        }
        return n;
    }
}
