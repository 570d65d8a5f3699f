package com.marketplace.trialassessment.store;

/** Where a store is in its life: on trial, a regular (formal) store, or out after a failed checkpoint. */
public enum StoreStatus {
    TRIAL, FORMAL, TERMINATED
}
