package com.marketplace.trialassessment.rules;

/**
 * Where a store is in its life: on trial, a regular (formal) store, or out after a failed checkpoint.
 * What the current verdicts put a store in ({@link TrialProgress#status}).
 */
public enum StoreStatus {
    TRIAL, FORMAL, TERMINATED
}
