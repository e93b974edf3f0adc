package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schengen and schengen-batch commands print the fields named in issue 3 and exit 2 on bad input. */
class SchengenCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void jsonHasTheFieldsOfTheIssue() {
        // SEM example 6 (sem.admin.ch): overstay figure 74 in 2013-09-03..2014-03-01
        String[] r = run(
                "schengen",
                "--stay",
                "2013-06-28/2013-08-09",
                "--stay",
                "2013-09-19/2014-03-01",
                "--on",
                "2014-03-01",
                "--entry",
                "2014-03-02",
                "--min-days",
                "14",
                "--json");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1])
                .contains("\"daysUsed\" : 164", "\"daysRemaining\" : 0", "\"windowStart\" : \"2013-09-03\"")
                .contains("\"windowEnd\" : \"2014-03-01\"", "\"overstayDays\" : 74", "\"unlawfulDays\" : 117")
                .contains("\"firstUnlawfulDay\" : \"2013-11-05\"", "\"latestAllowedDate\" : null")
                .contains("\"maxStayDays\" : 0", "\"lastAllowedDay\" : null", "\"earliestEntry\"");
    }

    @Test
    void badInputExitsWithTwoAndNamesTheValue() {
        String[] r = run("schengen", "--stay", "2025-01-10/2025-01-01", "--on", "2025-02-01");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--stay").contains("2025-01-01");
        String[] late = run("schengen", "--on", "2201-01-01");
        assertThat(late[0]).isEqualTo("2");
        assertThat(late[2]).contains("2201-01-01");
    }

    @Test
    void batchWritesOneRowPerTraveller(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("stays.csv");
        Files.writeString(
                csv,
                "travellerId,entry,exit\nA,2014-08-15,2014-09-30\nA,2014-11-01,2014-11-30\nB,2013-09-19,2014-03-01\n");
        String[] r = run("schengen-batch", "--input", csv.toString(), "--on", "2014-11-30");
        assertThat(r[0]).isEqualTo("0");
        String[] lines = r[1].strip().split("\\R");
        assertThat(lines).hasSize(3);
        // SEM example 2: 77 days used on 2014-11-30, possible stay until 2014-12-13
        assertThat(lines[1]).isEqualTo("A,77,13,2014-06-04,2014-11-30,0,0,,2014-12-13,rolling-90-180");
        Files.writeString(csv, "A,2014-08-15,2014-09-30\n\n");
        String[] bad = run("schengen-batch", "--input", csv.toString());
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains("line 2").contains("empty row");
    }

    @Test
    void batchReadsExcelCsvWithAByteOrderMarkCrlfStatesAndExclusions(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("stays.csv");
        // as Excel writes UTF-8 CSV: a byte-order mark and CRLF line ends (RFC 4180 §2)
        Files.write(
                csv,
                ("\uFEFFtravellerId,entry,exit,state\r\n"
                                + "A,2014-08-15,2014-09-30,NL\r\n"
                                + "A,2014-11-01,2014-11-30,\r\n"
                                + "\"B, Jr.\",2022-12-01,2023-01-10,HR\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String[] r = run("schengen-batch", "--input", csv.toString(), "--on", "2014-11-30");
        assertThat(r[0]).isEqualTo("0");
        // SEM example 2 (sem.admin.ch): 77 days used on 2014-11-30
        assertThat(r[1]).startsWith("travellerId,daysUsed,").contains("\nA,77,13,2014-06-04,2014-11-30,0,0,,");
        // Croatia applies the acquis from 2023-01-01 (Council Decision (EU) 2022/2451): 10 days counted
        String[] hr = run("schengen-batch", "--input", csv.toString(), "--on", "2023-01-10");
        assertThat(hr[1]).contains("\n\"B, Jr.\",10,80,");
        Path ex = dir.resolve("excluded.csv");
        Files.writeString(ex, "travellerId,start,end,reason\nA,2014-11-01,2014-11-30,RESIDENCE_PERMIT\n");
        String[] excluded =
                run("schengen-batch", "--input", csv.toString(), "--excluded", ex.toString(), "--on", "2014-11-30");
        assertThat(excluded[0]).isEqualTo("0");
        assertThat(excluded[1]).contains("\nA,47,43,");
    }

    @Test
    void unsortedInputIsAnErrorNamingTheLineUnlessUnsorted(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("stays.csv");
        Files.writeString(csv, "B,2014-08-15,2014-09-30\nA,2014-11-01,2014-11-30\nB,2014-11-01,2014-11-30\n");
        String[] r = run("schengen-batch", "--input", csv.toString(), "--on", "2014-11-30");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2].strip().lines()).hasSize(1);
        assertThat(r[2])
                .contains("--input line 2 travellerId")
                .contains("--unsorted")
                .doesNotContain("Exception");
        String[] u = run("schengen-batch", "--input", csv.toString(), "--on", "2014-11-30", "--unsorted");
        assertThat(u[0]).isEqualTo("0");
        assertThat(u[1].strip().split("\\R"))
                .containsExactly(
                        "travellerId,daysUsed,daysRemaining,windowStart,windowEnd,overstayDays,unlawfulDays,"
                                + "firstUnlawfulDay,latestAllowedDate,ruleId",
                        "B,77,13,2014-06-04,2014-11-30,0,0,,2014-12-13,rolling-90-180",
                        "A,30,60,2014-06-04,2014-11-30,0,0,,2015-01-29,rolling-90-180");
    }

    @Test
    void endlessOrHugeInputIsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        if (Files.exists(Path.of("/dev/zero"))) {
            String[] zero = run("schengen-batch", "--input", "/dev/zero");
            assertThat(zero[0]).isEqualTo("2");
            assertThat(zero[2].strip().lines()).hasSize(1);
            assertThat(zero[2]).contains("--input line 1").contains("longer than 65536 characters");
        }
        Path csv = dir.resolve("stays.csv");
        Files.writeString(csv, "A,2014-08-15,2014-09-30\n".repeat(100));
        String[] big = run("schengen-batch", "--input", csv.toString(), "--max-input-size", "1K");
        assertThat(big[0]).isEqualTo("2");
        assertThat(big[2]).contains("--input").contains("larger than the limit of 1024 bytes");
        String[] badSize = run("schengen-batch", "--input", csv.toString(), "--max-input-size", "lots");
        assertThat(badSize[0]).isEqualTo("2");
        assertThat(badSize[2]).contains("--max-input-size").contains("'lots'");
        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, "A,2014-08-15,2014-09-30\n\"B,2014-08-15,2014-09-30\n");
        String[] q = run("schengen-batch", "--input", quote.toString());
        assertThat(q[0]).isEqualTo("2");
        assertThat(q[2]).contains("--input line 2").contains("quoted field");
    }

    @Test
    void isoDatesParseAsLocalDateParse() {
        // java.time.LocalDate.parse (ISO_LOCAL_DATE) is the oracle
        org.quicktheories.QuickTheory.qt()
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(-800_000, 2_900_000))
                .checkAssert(n -> {
                    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(n);
                    assertThat(IsoDates.epochDay(d.toString()))
                            .isEqualTo(d.getYear() < 0 || d.getYear() > 9999 ? IsoDates.INVALID : n);
                });
        for (String bad : new String[] {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "20240101", "x"}) {
            assertThat(IsoDates.epochDay(bad)).as(bad).isEqualTo(IsoDates.INVALID);
        }
        assertThat(IsoDates.epochDay(" 2024-02-29 "))
                .isEqualTo((int) java.time.LocalDate.of(2024, 2, 29).toEpochDay());
    }
}
