package com.marketplace.trialassessment.rules;

/** How one requirement stands on today's figures. */
public enum RequirementOutlook {
    PASS, FAIL,
    /** Checkpoint 1 does not assess the service score. */
    NOT_ASSESSED,
    /** No score snapshot yet within the checkpoint's days: it could not be decided today. */
    MISSING;

    public static RequirementOutlook of(boolean passed) {
        return passed ? PASS : FAIL;
    }
}
