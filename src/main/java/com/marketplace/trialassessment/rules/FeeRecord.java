package com.marketplace.trialassessment.rules;

import java.util.Objects;

/**
 * An issued (not void) fee statement, as the rules need to know it: which year, why, which trading
 * days, whether forfeited. A store has at most one per year.
 */
public record FeeRecord(long id, int year, FeeCause cause, DateRange tradingDays, boolean forfeited) {

    public FeeRecord {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(tradingDays, "tradingDays");
    }
}
