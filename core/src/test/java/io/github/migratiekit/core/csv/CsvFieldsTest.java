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
        // a semicolon table (as Dutch Excel writes it) with a comma inside a quoted field
        assertThat(CsvFields.split("GM0001;\"Noord, Zuid\";300", ",;")).containsExactly("GM0001", "Noord, Zuid", "300");
        assertThat(CsvFields.split("")).containsExactly("");
    }

    @Test
    void anUnterminatedQuoteIsATypedError() {
        assertThatThrownBy(() -> CsvFields.split("a,\"b"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unterminated");
    }

    @Test
    void rfc4180QuotedLineBreaksAndStrictQuotes() {
        // RFC 4180 §2 rule 6: a quoted field may hold CRLF; rule 5: a quote opens and closes the whole field
        assertThat(CsvFields.split("a,\"x\r\ny\",b")).containsExactly("a", "x\r\ny", "b");
        assertThatThrownBy(() -> CsvFields.split("\"a\"b,c"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("closing quote");
        assertThatThrownBy(() -> CsvFields.split("a\nb")).isInstanceOf(InvalidInputException.class);
        assertThat(CsvFields.quote("")).isEmpty();
        assertThat(CsvFields.quote("plain")).isEqualTo("plain");
        assertThat(CsvFields.quote("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvFields.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void quoteThenSplitIsIdentityForSeparatorsQuotesAndLineBreaks() {
        qt().forAll(SourceDSL.lists()
                        .of(SourceDSL.lists()
                                .of(org.quicktheories.generators.Generate.pick(
                                        List.of("a", "b", ",", ";", "\"", "\r", "\n", " ", "é")))
                                .ofSizeBetween(0, 8)
                                .map(l -> String.join("", l)))
                        .ofSizeBetween(1, 6))
                .checkAssert(fields -> {
                    String line = fields.stream().map(CsvFields::quote).collect(Collectors.joining(","));
                    assertThat(CsvFields.split(line, ",;")).isEqualTo(fields);
                    assertThat(CsvFields.split(line)).isEqualTo(fields);
                });
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
