package com.marketplace.trialassessment.rules;

/** Why a store's status changed. */
public enum StatusChangeCause {
    /** A checkpoint failed: the trial ended. */
    CHECKPOINT_FAILED,
    /** Checkpoint 4 passed: the store became a formal store. */
    TRIAL_PASSED,
    /** A re-evaluation changed the current verdicts the status follows. */
    REEVALUATION
}
