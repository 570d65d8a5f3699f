package com.marketplace.trialassessment.assessment;

import com.marketplace.trialassessment.rules.Checkpoint;

/**
 * The current verdict of one checkpoint, as read models need it.
 *
 * @param seriousViolations the non-revoked serious violations it counted
 */
public record CurrentVerdict(long id, Checkpoint checkpoint, boolean passed, int seriousViolations) {
}
