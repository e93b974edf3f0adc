package io.github.migratiekit.statistics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.InvalidDatasetException;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Unit;
import io.github.migratiekit.statistics.dataset.Value;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The CSV export: its columns written out by hand, reading it back, and the errors that name the line. */
class ExportCsvTest {

    private static Observation obs(String outcome, String country, String value, String note, String derived) {
        TreeMap<String, String> dims = new TreeMap<>();
        dims.put("outcome", outcome);
        if (country != null) {
            dims.put("country", country);
        }
        return new Observation(
                StatPeriod.year(2023),
                dims,
                "decisions",
                Unit.DECISIONS,
                Value.parse(value),
                Optional.ofNullable(note),
                Optional.ofNullable(derived));
    }

    @Test
    void writesOneRowPerObservationWithTheRangeAndEveryDimension() {
        List<Observation> rows = List.of(
                obs("granted", null, "14040~10", "rounded to tens", null),
                obs("rejected", "SY", "<5", null, "a - b"),
                obs("other", null, "2.5", null, null));
        String csv = Export.csv(rows);
        // the range of 14040~10 is 14035..14045, of <5 1..4; the dimensions in order of first appearance
        assertThat(csv)
                .isEqualTo("period,measure,unit,value,low,high,note,derived,outcome,country\n"
                        + "2023,decisions,DECISIONS,14040~10,14035,14045,rounded to tens,,granted,\n"
                        + "2023,decisions,DECISIONS,<5,1,4,,a - b,rejected,SY\n"
                        + "2023,decisions,DECISIONS,2.5,2.5,2.5,,,other,\n");
        assertThat(Export.readCsv(csv)).isEqualTo(rows);
        // blank lines are skipped
        assertThat(Export.readCsv(csv + "\n\n")).isEqualTo(rows);
    }

    @Test
    void readsAFileWithoutTheDerivedColumn() {
        String csv = "period,measure,unit,value,low,high,note,outcome\n"
                + "2023,decisions,decisions,10,10,10,,granted\n"
                + "2023,decisions,decisions,20,20,20,a note,\n";
        List<Observation> read = Export.readCsv(csv);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).dimensions()).containsEntry("outcome", "granted");
        assertThat(read.get(0).derived()).isEmpty();
        assertThat(read.get(0).note()).isEmpty();
        assertThat(read.get(1).dimensions()).isEmpty();
        assertThat(read.get(1).note()).contains("a note");
        assertThat(read.get(1).value()).isEqualTo(Value.exact(20));
        // exactly the fixed columns
        assertThat(Export.readCsv("period,measure,unit,value,low,high,note\n2023,n,persons,1,1,1,\n"))
                .singleElement()
                .satisfies(o -> assertThat(o.dimensions()).isEmpty());
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> Export.readCsv("period,measure,unit,value,low,high\n"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("csv[1]: header must start with period,measure,unit,value,low,high,note");
        assertThatThrownBy(() -> Export.readCsv("period,measure,unit,value,low,high,remark\n"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("csv[1]");
        assertThatThrownBy(() -> Export.readCsv("period,measure,unit,value,low,high,note\n2023,n,persons,1,1,1,,x\n"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessage("csv[2]: expected 7 cells");
        assertThatThrownBy(() -> Export.readCsv(
                        "period,measure,unit,value,low,high,note\n2023,n,persons,1,1,1,\n2023,n,bananas,1,1,1,\n"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("csv[3].unit: unknown unit bananas");
    }

    @Test
    void everyBundledDatasetSurvivesTheCsvAndJsonForms() {
        for (var d : Catalogue.standard().datasets()) {
            assertThat(Export.readCsv(Export.csv(d.observations()))).as(d.id()).isEqualTo(d.observations());
            assertThat(Export.json(d)).as(d.id()).contains("\"" + d.id() + "\"");
        }
    }

    @Test
    void largeWholeNumbersAreWrittenInFull() {
        // 10^19 is beyond the range of a long: written digit by digit, not clipped to 9223372036854775807
        String csv = Export.csv(List.of(obs("granted", null, "10000000000000000000", null, null)));
        assertThat(csv).contains(",10000000000000000000,10000000000000000000,10000000000000000000,");
        assertThat(Export.csv(List.of(obs("granted", null, "1000000000000000", null, null))))
                .contains(",1000000000000000,1000000000000000,1000000000000000,");
    }
}
