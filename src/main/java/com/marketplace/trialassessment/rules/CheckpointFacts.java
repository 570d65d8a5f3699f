package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What is known about one store for one checkpoint.
 *
 * @param cumulativeSales      sum of daily sales over days 1..D(k); days without a record count 0
 * @param finalThirtyDaysSales sum over days 181..210 at checkpoint 4, otherwise null
 * @param scores               score snapshots to choose from (the loader may pass only the latest
 *                             one within days 1..D(k))
 * @param violations           violations to count (the loader may leave out revoked ones and those
 *                             outside days 1..D(k))
 */
public record CheckpointFacts(BigDecimal cumulativeSales, BigDecimal finalThirtyDaysSales,
        List<ScoreSnapshot> scores, List<ViolationFact> violations) {

    public CheckpointFacts {
        Objects.requireNonNull(cumulativeSales, "cumulativeSales");
        scores = List.copyOf(scores);
        violations = List.copyOf(violations);
    }
}
