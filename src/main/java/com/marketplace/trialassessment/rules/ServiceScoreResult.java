package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The service-score requirement; at checkpoint 1 it is not assessed and counts as passed. */
public record ServiceScoreResult(boolean assessed, BigDecimal score, LocalDate scoreDate, BigDecimal target,
        boolean passed) {

    public static ServiceScoreResult notAssessed() {
        return new ServiceScoreResult(false, null, null, null, true);
    }
}
