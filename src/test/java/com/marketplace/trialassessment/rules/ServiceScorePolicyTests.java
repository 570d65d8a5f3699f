package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The score requirement on the latest snapshot of the checkpoint's window. Which snapshot that is
 * (the latest dated within days 1..D(k)) is the facts loader's part of the rule: see the window rows
 * of {@code CheckpointTests} and {@code FactsQueriesIntegrationTests}.
 */
class ServiceScorePolicyTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    private final ServiceScorePolicy policy = new ServiceScorePolicy();

    /** A snapshot as "day:score"; null for none. */
    static Optional<ScoreSnapshot> snapshot(String spec) {
        if (spec == null) {
            return Optional.empty();
        }
        String[] parts = spec.split(":");
        return Optional.of(new ScoreSnapshot(Checkpoint.dayOfTrial(LAUNCH, Integer.parseInt(parts[0])),
                new BigDecimal(parts[1])));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "null", textBlock = """
            # case,                                    k, target, latest,   decided, passed
            score above target passes,                 2, 4.60,  10:4.80,  true,    true
            score equal to target passes,              2, 4.60,  90:4.60,  true,    true
            score one hundredth below fails,           2, 4.60,  90:4.59,  true,    false
            the latest counts even when an earlier was better (loader gives the latest), 2, 4.60, 60:4.50, true, false
            checkpoint 3 against its own target,       3, 4.65,  150:4.65, true,    true
            no snapshot in the window: undecidable,    2, 4.60,  null,     false,   null
            no snapshot at checkpoint 4: undecidable,  4, 4.70,  null,     false,   null
            """)
    void decidesServiceScoreRequirement(String description, int checkpoint, BigDecimal target, String latest,
            boolean decided, Boolean passed) {
        Optional<ServiceScoreResult> result = policy.assess(Checkpoint.of(checkpoint),
                new CheckpointTarget(BigDecimal.ONE, target), snapshot(latest));

        assertThat(result.isPresent()).isEqualTo(decided);
        result.ifPresent(r -> {
            assertThat(r.assessed()).isTrue();
            assertThat(r.score()).isEqualByComparingTo(snapshot(latest).orElseThrow().score());
            assertThat(r.scoreDate()).isEqualTo(snapshot(latest).orElseThrow().date());
            assertThat(r.target()).isEqualByComparingTo(target);
            assertThat(r.passed()).isEqualTo(passed);
        });
    }

    @Test
    void checkpointOneNeverAssessesTheScoreEvenWithoutSnapshots() {
        Optional<ServiceScoreResult> result = policy.assess(Checkpoint.FIRST, new CheckpointTarget(BigDecimal.ONE, null),
                Optional.empty());

        assertThat(result).contains(ServiceScoreResult.notAssessed());
        assertThat(result.get().passed()).isTrue();
        assertThat(result.get().assessed()).isFalse();
    }

    @Test
    void checkpointOneIgnoresALowScore() {
        Optional<ServiceScoreResult> result = policy.assess(Checkpoint.FIRST, new CheckpointTarget(BigDecimal.ONE, null),
                snapshot("5:0.00"));

        assertThat(result).contains(ServiceScoreResult.notAssessed());
    }
}
