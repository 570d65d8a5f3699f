package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceScorePolicyTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    private final ServiceScorePolicy policy = new ServiceScorePolicy();

    /** Snapshots as "day:score" pairs separated by spaces; day 0 is the day before launch. */
    static List<ScoreSnapshot> snapshots(String spec) {
        List<ScoreSnapshot> snapshots = new ArrayList<>();
        if (spec != null) {
            for (String pair : spec.trim().split("\\s+")) {
                String[] parts = pair.split(":");
                snapshots.add(new ScoreSnapshot(Checkpoint.dayOfTrial(LAUNCH, Integer.parseInt(parts[0])),
                        new BigDecimal(parts[1])));
            }
        }
        return snapshots;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "null", textBlock = """
            # case,                                   k, target, snapshots,             decided, score, scoreDay, passed
            score above target passes,                2, 4.60,  10:4.80,                true,    4.80,  10,       true
            score equal to target passes,             2, 4.60,  90:4.60,                true,    4.60,  90,       true
            score one hundredth below fails,          2, 4.60,  90:4.59,                true,    4.59,  90,       false
            the latest snapshot counts not the best,  2, 4.60,  10:4.90 60:4.50,        true,    4.50,  60,       false
            a snapshot dated day D(k) counts,         3, 4.65,  1:3.00 150:4.70,        true,    4.70,  150,      true
            a snapshot one day after D(k) is ignored, 3, 4.65,  100:4.00 151:5.00,      true,    4.00,  100,      false
            only a snapshot after D(k): undecidable,  2, 4.60,  91:5.00,                false,   null,  null,     null
            a snapshot before launch is ignored,      2, 4.60,  0:5.00,                 false,   null,  null,     null
            no snapshot at all: undecidable,          4, 4.70,  null,                   false,   null,  null,     null
            checkpoint 4 uses the latest up to day 210, 4, 4.70, 150:4.10 210:4.70 211:1.00, true, 4.70, 210,  true
            """)
    void decidesServiceScoreRequirement(String description, int checkpoint, BigDecimal target, String snapshots,
            boolean decided, BigDecimal score, Integer scoreDay, Boolean passed) {
        Optional<ServiceScoreResult> result = policy.assess(Checkpoint.of(checkpoint),
                new CheckpointTarget(BigDecimal.ONE, target), LAUNCH, snapshots(snapshots));

        assertThat(result.isPresent()).isEqualTo(decided);
        result.ifPresent(r -> {
            assertThat(r.assessed()).isTrue();
            assertThat(r.score()).isEqualByComparingTo(score);
            assertThat(r.scoreDate()).isEqualTo(Checkpoint.dayOfTrial(LAUNCH, scoreDay));
            assertThat(r.target()).isEqualByComparingTo(target);
            assertThat(r.passed()).isEqualTo(passed);
        });
    }

    @Test
    void checkpointOneNeverAssessesTheScoreEvenWithoutSnapshots() {
        Optional<ServiceScoreResult> result = policy.assess(Checkpoint.FIRST, new CheckpointTarget(BigDecimal.ONE, null),
                LAUNCH, List.of());

        assertThat(result).contains(ServiceScoreResult.notAssessed());
        assertThat(result.get().passed()).isTrue();
        assertThat(result.get().assessed()).isFalse();
    }

    @Test
    void checkpointOneIgnoresALowScore() {
        Optional<ServiceScoreResult> result = policy.assess(Checkpoint.FIRST, new CheckpointTarget(BigDecimal.ONE, null),
                LAUNCH, snapshots("5:0.00"));

        assertThat(result).contains(ServiceScoreResult.notAssessed());
    }
}
