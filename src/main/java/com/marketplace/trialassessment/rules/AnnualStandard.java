package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The annual standard of an agreement: the sales of a whole year (CNY) and the service score a
 * formal store must reach. A year whose agreement has none is not assessed.
 *
 * @param salesTarget        for a whole year, more than 0
 * @param serviceScoreTarget 0.00..5.00
 */
public record AnnualStandard(BigDecimal salesTarget, BigDecimal serviceScoreTarget) {

    public AnnualStandard {
        Objects.requireNonNull(salesTarget, "salesTarget");
        Objects.requireNonNull(serviceScoreTarget, "serviceScoreTarget");
        if (salesTarget.signum() <= 0) {
            throw new IllegalArgumentException("The annual sales target must be more than 0");
        }
        if (serviceScoreTarget.signum() < 0 || serviceScoreTarget.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new IllegalArgumentException("The annual service-score target must be between 0.00 and 5.00");
        }
    }
}
