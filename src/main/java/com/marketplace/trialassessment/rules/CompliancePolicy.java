package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Compliant operation, at every checkpoint: among the non-revoked violations that occurred within
 * days 1..D(k), no SERIOUS one, and GENERAL points adding up to less than the bar (default 12).
 */
public final class CompliancePolicy {

    private final int generalPointsBar;

    public CompliancePolicy(int generalPointsBar) {
        if (generalPointsBar < 1) {
            throw new IllegalArgumentException("The general-points bar must be at least 1");
        }
        this.generalPointsBar = generalPointsBar;
    }

    public ComplianceResult assess(Checkpoint checkpoint, LocalDate launchDate, List<ViolationFact> violations) {
        DateRange period = checkpoint.assessedPeriod(launchDate);
        List<ViolationFact> counted = violations.stream()
                .filter(v -> !v.revoked() && period.contains(v.occurredOn()))
                .toList();
        int serious = (int) counted.stream().filter(ViolationFact::serious).count();
        int generalPoints = counted.stream().filter(v -> !v.serious()).mapToInt(ViolationFact::points).sum();
        return new ComplianceResult(serious, generalPoints, generalPointsBar,
                counted.stream().map(ViolationFact::id).toList(),
                serious == 0 && generalPoints < generalPointsBar);
    }
}
