package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.marketplace.trialassessment.rules.FeeCause;
import com.marketplace.trialassessment.rules.FeeTier;

/**
 * A fee statement as clients see it, with every figure it was worked out from. Thresholds are shown
 * pro-rated to the months and rounded; the tier compared them exactly.
 *
 * @param seriousViolations non-revoked serious violations on trading days (any: no tier refund)
 * @param voidedAt          when it was made void, or null
 */
record FeeStatementResponse(long id, long storeId, int year, FeeCause cause, LocalDate dueDate,
        OffsetDateTime issuedAt, Trigger trigger, int targetVersion, LocalDate firstTradingDay,
        LocalDate lastTradingDay, int months, BigDecimal annualFee, BigDecimal charged, BigDecimal unusedRefund,
        BigDecimal sales, BigDecimal halfRefundThreshold, BigDecimal fullRefundThreshold, int seriousViolations,
        FeeTier tier, BigDecimal tierRefund, boolean forfeited, BigDecimal totalRefund, FeeStatementStatus status,
        OffsetDateTime voidedAt) {
}
