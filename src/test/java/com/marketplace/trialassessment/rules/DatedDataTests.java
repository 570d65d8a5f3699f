package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which dates a store's figures may carry: from its launch date to today. */
class DatedDataTests {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "accepted", textBlock = """
            2026-02-28, BEFORE_LAUNCH
            2026-03-01, accepted
            2026-07-15, accepted
            2026-11-22, accepted
            2026-11-23, AFTER_TODAY
            1970-01-01, BEFORE_LAUNCH
            """)
    void acceptsTheLaunchDateToTodayBothIncluded(LocalDate date, DatedData.Refusal expected) {
        assertThat(DatedData.refusal(date, LAUNCH, TODAY)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}..{1}: {2}")
    @CsvSource(textBlock = """
            2026-03-01, 2026-11-22, true
            2026-03-02, 2026-03-02, true
            2026-02-28, 2026-03-05, false
            2026-11-20, 2026-11-23, false
            2026-02-01, 2026-12-31, false
            """)
    void acceptsASpanWhenItsFirstAndLastDayAre(LocalDate first, LocalDate last, boolean accepted) {
        assertThat(DatedData.acceptsAll(first, last, LAUNCH, TODAY)).isEqualTo(accepted);
    }
}
