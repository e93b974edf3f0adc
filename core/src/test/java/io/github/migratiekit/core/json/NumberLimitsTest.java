package io.github.migratiekit.core.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A number beyond the JSON parser's limits is the library's typed error: Jackson ends such a number (an exponent with
 * a dozen digits, as the fuzzer wrote one) in a {@link NumberFormatException}, not in one of its own exceptions.
 */
class NumberLimitsTest {

    @Test
    void aNumberBeyondTheParsersLimitsIsAnInvalidJsonException() {
        assertThatThrownBy(() -> Json.read("1e1000000137857", BigDecimal.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageStartingWith("$: a number out of range");
        assertThatThrownBy(() -> Json.read(
                        new java.io.ByteArrayInputStream(
                                "1e1000000137857".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        BigDecimal.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageStartingWith("$: a number out of range");
    }
}
