package com.marketplace.trialassessment.category;

import java.math.BigDecimal;

/**
 * The {@code fee} block of a target version as a client sends it; checked by
 * {@link AgreementTermsCheck}, which names each problem {@code fee.<field>}.
 */
record FeeTermsInput(BigDecimal annualFee, BigDecimal halfRefundSales, BigDecimal fullRefundSales) {
}
