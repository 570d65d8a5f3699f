package com.marketplace.trialassessment.dashboard;

/** Where one checkpoint of a store stands. */
public enum CheckpointState {
    PASSED, FAILED,
    /** Due and not yet decided. */
    DUE,
    /** Due, but it cannot be decided: the service score is missing. */
    AWAITING_DATA,
    /** Not due yet. */
    UPCOMING,
    /** Never to be decided: an earlier checkpoint failed. */
    NOT_REACHED
}
