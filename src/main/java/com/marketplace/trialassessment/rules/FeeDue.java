package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fee statement a store's life calls for, as {@link LifePlan} works it out: the year it belongs to
 * (that of its last trading day), why it is issued, the store's trading days in that year, the date
 * it is due, and whether the store left for a serious violation (then nothing comes back).
 */
public record FeeDue(int year, FeeCause cause, DateRange tradingDays, LocalDate dueOn, boolean forfeited) {

    public FeeDue {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(tradingDays, "tradingDays");
        Objects.requireNonNull(dueOn, "dueOn");
        if (tradingDays.first().getYear() != year || tradingDays.last().getYear() != year) {
            throw new IllegalArgumentException("The trading days " + tradingDays + " lie outside " + year);
        }
        if (forfeited && cause == FeeCause.YEAR_END) {
            throw new IllegalArgumentException("Only a store that leaves forfeits its refund");
        }
    }

    public boolean isDueOnOrBefore(LocalDate today) {
        return !dueOn.isAfter(today);
    }

    /** Whether {@code issued} is this statement: same year, cause, trading days and forfeiture. */
    public boolean isIssuedAs(FeeRecord issued) {
        return issued.year() == year && issued.cause() == cause && issued.tradingDays().equals(tradingDays)
                && issued.forfeited() == forfeited;
    }
}
