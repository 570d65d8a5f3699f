package com.marketplace.trialassessment.category;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The fee terms of a target version as they are stored: all three figures, or (the whole block
 * {@code null}) none. Checked before they are made ({@link AgreementTermsCheck}) and by the table's
 * constraints.
 *
 * @param annualFee       CNY, more than 0
 * @param halfRefundSales CNY for a whole year, more than 0 and less than {@code fullRefundSales}
 * @param fullRefundSales CNY for a whole year
 */
@Embeddable
record AnnualFeeTerms(
        @Column(name = "annual_fee") BigDecimal annualFee,
        @Column(name = "half_refund_sales") BigDecimal halfRefundSales,
        @Column(name = "full_refund_sales") BigDecimal fullRefundSales) {
}
