package com.marketplace.trialassessment.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionInForceTests {

    /** Given in no particular order: the choice goes by effectiveFrom, not by position. */
    private static final List<VersionInForce> VERSIONS = List.of(
            new VersionInForce(12, 2, LocalDate.of(2025, 1, 1)),
            new VersionInForce(11, 1, LocalDate.of(2024, 3, 1)),
            new VersionInForce(13, 3, LocalDate.of(2025, 7, 1)));

    @ParameterizedTest(name = "on {0}: version {1}")
    @CsvSource({
            "2024-02-29, 0",
            "2024-03-01, 1",
            "2024-12-31, 1",
            "2025-01-01, 2",
            "2025-06-30, 2",
            "2025-07-01, 3",
            "2026-01-01, 3" })
    void choosesTheLatestVersionInForceOnTheDate(LocalDate date, int version) {
        assertThat(VersionInForce.inForceOn(VERSIONS, date).map(VersionInForce::version).orElse(0))
                .isEqualTo(version);
    }

    @Test
    void findsNothingAmongNoVersions() {
        assertThat(VersionInForce.inForceOn(List.of(), LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
