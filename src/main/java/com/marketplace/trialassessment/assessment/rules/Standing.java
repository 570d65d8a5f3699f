package com.marketplace.trialassessment.assessment.rules;

/** Where the current verdicts put a store: still on trial, passed all four, or failed one. */
public enum Standing {
    TRIAL, FORMAL, TERMINATED
}
