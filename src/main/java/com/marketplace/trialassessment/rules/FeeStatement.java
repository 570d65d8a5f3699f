package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fee statement with every figure it was worked out from, as {@link FeeRules} issues it.
 *
 * @param agreementId        the target version (id) whose fee terms apply
 * @param targetVersion      that version's number
 * @param months             calendar months of the year holding at least one trading day (1..12)
 * @param charged            {@code annualFee × months / 12}, half-up to cents
 * @param unusedRefund       {@code annualFee − charged}; 0 when forfeited
 * @param sales              the daily sales on the trading days
 * @param halfRefundThreshold the half-refund sales pro-rated to the months, half-up to cents (shown;
 *                           the tier compares exactly)
 * @param fullRefundThreshold likewise for the full refund
 * @param seriousViolations  non-revoked serious violations on trading days (any: no tier refund)
 * @param tierRefund         100 %, 50 % or 0 of {@code charged}, half-up to cents
 * @param totalRefund        {@code unusedRefund + tierRefund}
 */
public record FeeStatement(FeeDue due, long agreementId, int targetVersion, int months, BigDecimal annualFee,
        BigDecimal charged, BigDecimal unusedRefund, BigDecimal sales, BigDecimal halfRefundThreshold,
        BigDecimal fullRefundThreshold, int seriousViolations, FeeTier tier, BigDecimal tierRefund,
        BigDecimal totalRefund) {

    public FeeStatement {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(tier, "tier");
    }

    public int year() {
        return due.year();
    }

    public FeeCause cause() {
        return due.cause();
    }

    public boolean forfeited() {
        return due.forfeited();
    }

    /** The statement as the rules know it once it is issued. */
    public FeeRecord record(long id) {
        return new FeeRecord(id, due.year(), due.cause(), due.tradingDays(), due.forfeited());
    }
}
