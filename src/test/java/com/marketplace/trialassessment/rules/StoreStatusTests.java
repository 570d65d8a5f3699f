package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreStatusTests {

    @ParameterizedTest(name = "{0}: final {1}")
    @CsvSource({
        "TRIAL,      false",
        "FORMAL,     false",
        "TERMINATED, false",
        "CLEARED,    true"
    })
    void onlyAClearedStoreIsOutForGood(StoreStatus status, boolean isFinal) {
        assertThat(status.isFinal()).isEqualTo(isFinal);
    }
}
