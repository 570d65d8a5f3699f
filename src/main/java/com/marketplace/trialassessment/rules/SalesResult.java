package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;

/**
 * The sales requirement at one checkpoint.
 *
 * @param monthlyAverage   rounded half-up to 2 places, for display only; the decision compares exactly
 * @param finalThirtyDaysSales null before checkpoint 4
 * @param basis            null when the requirement failed
 */
public record SalesResult(BigDecimal cumulative, int months, BigDecimal monthlyAverage, BigDecimal target,
        BigDecimal finalThirtyDaysSales, SalesBasis basis, boolean passed) {
}
