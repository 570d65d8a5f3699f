package com.marketplace.trialassessment.category;

import java.math.BigDecimal;

/**
 * The {@code annual} block of a target version as a client sends it; checked by
 * {@link AgreementTermsCheck}, which names each problem {@code annual.<field>}.
 */
record AnnualStandardInput(BigDecimal salesTarget, BigDecimal serviceScoreTarget) {
}
