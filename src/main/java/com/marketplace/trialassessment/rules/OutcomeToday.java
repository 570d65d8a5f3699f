package com.marketplace.trialassessment.rules;

/** What deciding a checkpoint, or ending a year, today would come to. */
public enum OutcomeToday {
    PASSED, FAILED, AWAITING_DATA;

    static OutcomeToday of(boolean awaitingData, boolean passed) {
        return awaitingData ? AWAITING_DATA : passed ? PASSED : FAILED;
    }
}
