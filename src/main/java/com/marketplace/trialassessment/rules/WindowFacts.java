package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one store over one {@link FactsWindow}, as a loader reads it.
 *
 * @param sales          daily sales summed over the window's period
 * @param subPeriodSales daily sales summed over the window's sub-period; null when it has none
 * @param latestScore    the latest score snapshot dated within the period, if any
 * @param violations     the violations that occurred within the period, revoked ones included
 */
public record WindowFacts(BigDecimal sales, BigDecimal subPeriodSales, Optional<ScoreSnapshot> latestScore,
        List<ViolationFact> violations) {

    public WindowFacts {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(latestScore, "latestScore");
        violations = List.copyOf(violations);
    }
}
