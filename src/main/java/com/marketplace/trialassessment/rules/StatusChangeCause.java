package com.marketplace.trialassessment.rules;

/** Why a store's status or standing changed. */
public enum StatusChangeCause {
    /** A checkpoint failed: the trial ended. */
    CHECKPOINT_FAILED,
    /** Checkpoint 4 passed: the store became a formal store. */
    TRIAL_PASSED,
    /** A re-evaluation of a checkpoint changed the current verdicts the status follows. */
    REEVALUATION,
    /** A failed annual assessment warned the store: a rectification period began. */
    ANNUAL_WARNING,
    /** The warning no longer stands: the rectification review passed, or the failure was withdrawn. */
    WARNING_LIFTED,
    /** A result gave the store a clearance notice. */
    CLEARANCE_NOTICE,
    /** The result that gave the notice was withdrawn by a re-evaluation. */
    CLEARANCE_WITHDRAWN,
    /** The clearance took effect: the store left the marketplace. */
    CLEARED
}
