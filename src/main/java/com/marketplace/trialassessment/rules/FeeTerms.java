package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fee terms of an agreement: the annual fee, and the sales of a year from which half or all of
 * what was charged comes back. A year whose agreement has none gets no fee statement.
 *
 * @param annualFee       CNY, more than 0
 * @param halfRefundSales CNY for a whole year, more than 0 and less than {@code fullRefundSales}
 * @param fullRefundSales CNY for a whole year
 */
public record FeeTerms(BigDecimal annualFee, BigDecimal halfRefundSales, BigDecimal fullRefundSales) {

    public FeeTerms {
        Objects.requireNonNull(annualFee, "annualFee");
        Objects.requireNonNull(halfRefundSales, "halfRefundSales");
        Objects.requireNonNull(fullRefundSales, "fullRefundSales");
        if (annualFee.signum() <= 0) {
            throw new IllegalArgumentException("The annual fee must be more than 0");
        }
        if (halfRefundSales.signum() <= 0 || halfRefundSales.compareTo(fullRefundSales) >= 0) {
            throw new IllegalArgumentException("The refund thresholds must be 0 < half < full");
        }
    }
}
