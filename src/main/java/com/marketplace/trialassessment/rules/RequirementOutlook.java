package com.marketplace.trialassessment.rules;

/** How one requirement stands on today's figures. */
public enum RequirementOutlook {
    PASS, FAIL,
    /** Not assessed: the service score at checkpoint 1; sales and score in a short year. */
    NOT_ASSESSED,
    /** No score snapshot yet within the window: it could not be decided today. */
    MISSING;

    public static RequirementOutlook of(boolean passed) {
        return passed ? PASS : FAIL;
    }
}
