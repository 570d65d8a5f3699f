package com.marketplace.trialassessment.assessment;

/** What decided a verdict. */
public enum Trigger {
    /** The daily run. */
    SCHEDULE,
    /** {@code POST /api/stores/{id}/evaluations}. */
    REQUEST,
    /** A re-evaluation by operations staff, and the checkpoints it led to. */
    REEVALUATION
}
