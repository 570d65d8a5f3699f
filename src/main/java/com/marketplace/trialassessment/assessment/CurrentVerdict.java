package com.marketplace.trialassessment.assessment;

import com.marketplace.trialassessment.rules.Checkpoint;

/** The current verdict of one checkpoint, as read models need it. */
public record CurrentVerdict(long id, Checkpoint checkpoint, boolean passed) {
}
