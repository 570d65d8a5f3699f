package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The service-score requirement of an annual result; not assessed in a short year (then passed). */
public record AnnualScoreResult(boolean assessed, BigDecimal score, LocalDate scoreDate, BigDecimal target,
        boolean passed) {

    static AnnualScoreResult notAssessed(BigDecimal target) {
        return new AnnualScoreResult(false, null, null, target, true);
    }
}
