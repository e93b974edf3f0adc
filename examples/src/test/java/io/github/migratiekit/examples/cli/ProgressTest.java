package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void printsPhasesAndEveryTenPercentWhenEnabled() {
        StringWriter sw = new StringWriter();
        Progress p = Progress.of(new PrintWriter(sw), true);
        p.phase("reading");
        for (int i = 1; i <= 200; i++) {
            p.tick(i, 200, "travellers");
        }
        String out = sw.toString();
        assertThat(out).contains("reading").contains("20/200 travellers (10%)").contains("200/200 travellers (100%)");
        assertThat(out.lines().count()).isEqualTo(11); // the phase and 10 %, 20 %, …, 100 %
    }

    @Test
    void printsNothingWhenDisabled() {
        StringWriter sw = new StringWriter();
        Progress p = Progress.of(new PrintWriter(sw), false);
        p.phase("reading");
        p.tick(1, 1, "travellers");
        assertThat(sw.toString()).isEmpty();
    }
}
