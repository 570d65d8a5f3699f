package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The targets of one checkpoint: monthly-average sales, and the service score from checkpoint 2 on.
 *
 * @param serviceScoreTarget null at checkpoint 1, which never assesses the score
 */
public record CheckpointTarget(BigDecimal salesTarget, BigDecimal serviceScoreTarget) {

    public CheckpointTarget {
        Objects.requireNonNull(salesTarget, "salesTarget");
    }
}
