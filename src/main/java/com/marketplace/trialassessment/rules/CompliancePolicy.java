package com.marketplace.trialassessment.rules;

import java.util.List;

/**
 * Compliant operation: among the non-revoked violations of the window (days 1..D(k) at a checkpoint),
 * no SERIOUS one, and GENERAL points adding up to less than the bar (default 12). Revoked violations
 * never count.
 */
public final class CompliancePolicy {

    private final int generalPointsBar;

    public CompliancePolicy(int generalPointsBar) {
        if (generalPointsBar < 1) {
            throw new IllegalArgumentException("The general-points bar must be at least 1");
        }
        this.generalPointsBar = generalPointsBar;
    }

    /** {@code violations}: those that occurred within the window, as {@link WindowFacts} holds them. */
    public ComplianceResult assess(List<ViolationFact> violations) {
        List<ViolationFact> counted = violations.stream().filter(v -> !v.revoked()).toList();
        int serious = (int) counted.stream().filter(ViolationFact::serious).count();
        int generalPoints = counted.stream().filter(v -> !v.serious()).mapToInt(ViolationFact::points).sum();
        return new ComplianceResult(serious, generalPoints, generalPointsBar,
                counted.stream().map(ViolationFact::id).toList(),
                serious == 0 && generalPoints < generalPointsBar);
    }

    public int generalPointsBar() {
        return generalPointsBar;
    }
}
