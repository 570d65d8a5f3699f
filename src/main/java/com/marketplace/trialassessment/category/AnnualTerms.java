package com.marketplace.trialassessment.category;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The annual standard of a target version as it is stored: both figures, or (the whole block
 * {@code null}) none. Checked before it is made ({@link AgreementTermsCheck}) and by the table's
 * constraints.
 *
 * @param salesTarget        CNY for a whole year, more than 0, two decimals
 * @param serviceScoreTarget 0.00..5.00
 */
@Embeddable
record AnnualTerms(
        @Column(name = "annual_sales_target") BigDecimal salesTarget,
        @Column(name = "annual_service_score_target") BigDecimal serviceScoreTarget) {
}
