package com.marketplace.trialassessment.rules;

import java.util.Objects;

/**
 * The days whose facts a decision reads, as the rules define them. What a loader answers for a
 * window ({@link WindowFacts}) is, and only is: the store's daily sales summed over {@code period}
 * (a day without a record counts 0) and over {@code subPeriod}; the latest score snapshot dated
 * within {@code period}; and the violations that occurred within {@code period}, revoked or not.
 *
 * @param subPeriod a part of {@code period} whose sales a rule also needs (checkpoint 4's final 30
 *                  days), or null
 */
public record FactsWindow(DateRange period, DateRange subPeriod) {

    public FactsWindow {
        Objects.requireNonNull(period, "period");
        if (subPeriod != null && !(period.contains(subPeriod.first()) && period.contains(subPeriod.last()))) {
            throw new IllegalArgumentException("The sub-period " + subPeriod + " lies outside " + period);
        }
    }

    public static FactsWindow of(DateRange period) {
        return new FactsWindow(period, null);
    }
}
