package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The annual fee of a year, settled: the fee is apportioned to the calendar months of the year that
 * hold a trading day; the months not traded come back; half or all of what was charged comes back
 * when the sales of the trading days reach the thresholds pro-rated to those months (compared
 * exactly); a non-revoked serious violation on a trading day takes the tier refund away; a store
 * that leaves for a serious violation gets nothing back at all.
 */
public final class FeeRules {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * The statement {@code due} calls for under {@code agreement}, from the facts of its trading days.
     *
     * @throws IllegalArgumentException when the agreement has no fee terms (its year gets no statement)
     */
    public FeeStatement settle(FeeDue due, AgreementVersion agreement, WindowFacts facts) {
        FeeTerms terms = agreement.terms().fee().orElseThrow(() -> new IllegalArgumentException(
                "Target version " + agreement.terms().version() + " has no fee terms"));
        DateRange days = due.tradingDays();
        int months = days.last().getMonthValue() - days.first().getMonthValue() + 1;
        BigDecimal m = BigDecimal.valueOf(months);
        BigDecimal charged = cents(terms.annualFee().multiply(m).divide(TWELVE, 2, RoundingMode.HALF_UP));
        BigDecimal unused = cents(terms.annualFee().subtract(charged));
        BigDecimal sales = cents(facts.sales());
        // the exact sales: a projection (a fee preview) has more places than cents
        BigDecimal salesTimesTwelve = facts.sales().multiply(TWELVE);
        int serious = (int) facts.violations().stream()
                .filter(v -> v.serious() && !v.revoked() && days.contains(v.occurredOn()))
                .count();
        FeeTier tier;
        if (due.forfeited() || serious > 0) {
            tier = FeeTier.NONE;
        }
        else if (salesTimesTwelve.compareTo(terms.fullRefundSales().multiply(m)) >= 0) {
            tier = FeeTier.FULL;
        }
        else if (salesTimesTwelve.compareTo(terms.halfRefundSales().multiply(m)) >= 0) {
            tier = FeeTier.HALF;
        }
        else {
            tier = FeeTier.NONE;
        }
        BigDecimal tierRefund = switch (tier) {
            case FULL -> charged;
            case HALF -> charged.divide(TWO, 2, RoundingMode.HALF_UP);
            case NONE -> cents(BigDecimal.ZERO);
        };
        if (due.forfeited()) {
            unused = cents(BigDecimal.ZERO);
        }
        return new FeeStatement(due, agreement.id(), agreement.terms().version(), months, cents(terms.annualFee()),
                charged, unused, sales, proRated(terms.halfRefundSales(), m), proRated(terms.fullRefundSales(), m),
                serious, tier, tierRefund, unused.add(tierRefund));
    }

    private static BigDecimal proRated(BigDecimal yearly, BigDecimal months) {
        return yearly.multiply(months).divide(TWELVE, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
