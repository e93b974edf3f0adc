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
                "travellerId,entry,exit\nA,2014-08-15,2014-09-30\nB,2013-09-19,2014-03-01\nA,2014-11-01,2014-11-30\n");
        String[] r = run("schengen-batch", "--input", csv.toString(), "--on", "2014-11-30");
        assertThat(r[0]).isEqualTo("0");
        String[] lines = r[1].strip().split("\\R");
        assertThat(lines).hasSize(3);
        // SEM example 2: 77 days used on 2014-11-30, possible stay until 2014-12-13
        assertThat(lines[1]).isEqualTo("A,77,13,2014-06-04,2014-11-30,0,0,,2014-12-13");
        Files.writeString(csv, "A,2014-08-15,2014-09-30\n\n");
        String[] bad = run("schengen-batch", "--input", csv.toString());
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains("line 2").contains("empty row");
    }
}
