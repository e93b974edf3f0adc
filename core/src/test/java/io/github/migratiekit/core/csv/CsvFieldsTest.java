package io.github.migratiekit.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CsvFieldsTest {

    @Test
    void splitsQuotedFields() {
        // RFC 4180 §2: fields with separators or quotes are enclosed in quotes, inner quotes doubled
        assertThat(CsvFields.split("GM0363,\"Amsterdam, stad\",\"say \"\"hi\"\"\","))
                .containsExactly("GM0363", "Amsterdam, stad", "say \"hi\"", "");
        assertThat(CsvFields.split("a;b,c", ",;")).containsExactly("a", "b", "c");
        assertThat(CsvFields.split("")).containsExactly("");
    }

    @Test
    void anUnterminatedQuoteIsATypedError() {
        assertThatThrownBy(() -> CsvFields.split("a,\"b"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unterminated");
    }

    @Test
    void quoteThenSplitIsIdentity() {
        qt().withExamples(500)
                .forAll(SourceDSL.lists()
                        .of(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 12))
                        .ofSizeBetween(1, 6))
                .checkAssert(fields -> {
                    String line = fields.stream().map(CsvFields::quote).collect(Collectors.joining(","));
                    List<String> back = CsvFields.split(line, ",;");
                    assertThat(back).isEqualTo(fields);
                });
    }
}
