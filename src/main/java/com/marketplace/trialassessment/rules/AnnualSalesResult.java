package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;

/**
 * The sales requirement of an annual result.
 *
 * @param total          the sales of the window's days
 * @param target         the annual standard's target for a whole year
 * @param proRatedTarget the target pro-rated to the window's days, rounded half-up to cents for
 *                       display only: the decision compares exactly
 * @param assessed       false in a short year: then it counts as passed
 */
public record AnnualSalesResult(boolean assessed, BigDecimal total, BigDecimal target, BigDecimal proRatedTarget,
        boolean passed) {
}
