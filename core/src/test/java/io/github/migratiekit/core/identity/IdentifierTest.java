package io.github.migratiekit.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.identity.testing.IdentityGenerators;
import io.github.migratiekit.core.json.Json;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class IdentifierTest {

    @Test
    void knownBsnsPassAndFail() {
        // 111222333: 9+8+7+12+10+8+9+6 = 69, minus 3 = 66 = 6 x 11 (checked by hand)
        assertThat(Bsn.isValid("111222333")).isTrue();
        // 123456782: 9+16+21+24+25+24+21+16 = 156, minus 2 = 154 = 14 x 11 (checked by hand)
        assertThat(Bsn.isValid("123456782")).isTrue();
        // 123456789: 156 - 9 = 147, not a multiple of 11
        assertThat(Bsn.isValid("123456789")).isFalse();
        assertThat(Bsn.isValid("000000000")).isFalse();
        assertThat(Bsn.isValid("12345678")).isFalse();
        assertThat(Bsn.isValid("12345678a")).isFalse();
    }

    @Test
    void everyGeneratedValidBsnPasses() {
        qt().withExamples(300).forAll(IdentityGenerators.validBsnTexts()).checkAssert(text -> {
            assertThat(IdentityGenerators.elevenTest(text)).isTrue();
            assertThat(Bsn.parse(text).value()).isEqualTo(text);
        });
    }

    @Test
    void bsnAgreesWithOracleOnAnyNineDigits() {
        qt().withExamples(1000).forAll(Generate.range(0, 999_999_999)).checkAssert(n -> {
            String text = String.format("%09d", n);
            boolean expected = IdentityGenerators.elevenTest(text) && n != 0;
            assertThat(Bsn.isValid(text)).isEqualTo(expected);
        });
    }

    @Test
    void everySingleDigitChangeIsDetected() {
        qt().withExamples(300)
                .forAll(IdentityGenerators.validBsnTexts(), Generate.range(0, 8), Generate.range(1, 9))
                .checkAssert((text, pos, delta) -> {
                    char[] c = text.toCharArray();
                    c[pos] = (char) ('0' + (c[pos] - '0' + delta) % 10);
                    String changed = new String(c);
                    assertThat(Bsn.isValid(changed)).as(changed).isFalse();
                    assertThatThrownBy(() -> Bsn.parse(changed)).isInstanceOf(InvalidIdentifierException.class);
                });
    }

    @Test
    void identifiersAreRedactedInToStringAndMessages() {
        qt().withExamples(200)
                .forAll(IdentityGenerators.validBsnTexts(), IdentityGenerators.validVNumberTexts())
                .checkAssert((bsn, v) -> {
                    assertThat(Bsn.parse(bsn).toString()).doesNotContain(bsn).doesNotContainPattern("[0-9]");
                    assertThat(VNumber.parse(v).toString()).doesNotContain(v).doesNotContainPattern("[0-9]");
                    String wrong = bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10);
                    assertThatThrownBy(() -> Bsn.parse(wrong))
                            .isInstanceOf(InvalidIdentifierException.class)
                            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong))
                            .hasMessageStartingWith("bsn:");
                    String longer = v + "1";
                    assertThatThrownBy(() -> VNumber.parse(longer))
                            .isInstanceOf(InvalidIdentifierException.class)
                            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(longer))
                            .hasMessageStartingWith("vNumber:");
                });
    }

    @Test
    void vNumberValidation() {
        assertThat(VNumber.isValid("1234567890")).isTrue();
        assertThat(VNumber.isValid("0000000000")).isFalse();
        assertThat(VNumber.isValid("123456789")).isFalse();
        assertThat(VNumber.isValid("12345678901")).isFalse();
        assertThat(VNumber.isValid("12345678x0")).isFalse();
        assertThatThrownBy(() -> VNumber.parse("abc"))
                .isInstanceOf(InvalidIdentifierException.class)
                .extracting(e -> ((InvalidIdentifierException) e).field())
                .isEqualTo("vNumber");
    }

    @Test
    void jsonRoundTrip() {
        qt().withExamples(200)
                .forAll(IdentityGenerators.bsns(), IdentityGenerators.vNumbers())
                .checkAssert((bsn, v) -> {
                    assertThat(Json.read(Json.write(bsn), Bsn.class)).isEqualTo(bsn);
                    assertThat(Json.read(Json.write(v), VNumber.class)).isEqualTo(v);
                    assertThat(Json.write(bsn)).isEqualTo("\"" + bsn.value() + "\"");
                });
    }

    @Test
    void badJsonNamesTheField() {
        assertThatThrownBy(() -> Json.read("\"123456789\"", Bsn.class))
                .isInstanceOf(io.github.migratiekit.core.InvalidInputException.class)
                .hasMessageContaining("eleven-test")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("123456789"));
    }
}
