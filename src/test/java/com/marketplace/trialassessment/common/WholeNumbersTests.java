package com.marketplace.trialassessment.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTests {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(textBlock = """
            0,                    0
            7,                    7
            42,                   42
            -42,                  -42
            9223372036854775807,  9223372036854775807
            -9223372036854775808, -9223372036854775808
            """)
    void readsPlainDecimalNumbers(String text, long expected) {
        assertThat(WholeNumbers.parseLong(text)).hasValue(expected);
    }

    /** Each of these Long.decode, Long.parseLong or Spring's NumberUtils would read as a number. */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " 2", "2 ", "\t2", "2\n", "\u000b2", "\u001c2", "+2", "02", "00", "-0", "-02", "0x2",
        "0X2", "#2", "-0x2", "2.0", "2e0", "2L", "\uff12", "\u0662", "\u0968", "9223372036854775808",
        "-9223372036854775809", "99999999999999999999999", "--2", "-", "1_000", "1,000"})
    void refusesEveryOtherSpelling(String text) {
        assertThat(WholeNumbers.parseLong(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"2147483648", "-2147483649", "9223372036854775807"})
    void refusesIntsBeyondTheirRange(String text) {
        assertThat(WholeNumbers.parseInt(text)).isEmpty();
        assertThat(WholeNumbers.parseLong(text)).isPresent();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"2147483647", "-2147483648", "0", "500"})
    void readsInts(String text) {
        assertThat(WholeNumbers.parseInt(text)).hasValue(Integer.parseInt(text));
    }

    @Test
    void refusesNull() {
        assertThat(WholeNumbers.parseLong(null)).isEmpty();
        assertThat(WholeNumbers.parseInt(null)).isEmpty();
    }
}
