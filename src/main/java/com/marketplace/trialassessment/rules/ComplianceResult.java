package com.marketplace.trialassessment.rules;

import java.util.List;

/**
 * Compliant operation at one checkpoint.
 *
 * @param countedViolationIds the non-revoked violations within days 1..D(k) that were counted
 */
public record ComplianceResult(int seriousViolations, int generalPoints, int generalPointsBar,
        List<Long> countedViolationIds, boolean passed) {

    public ComplianceResult {
        countedViolationIds = List.copyOf(countedViolationIds);
    }
}
