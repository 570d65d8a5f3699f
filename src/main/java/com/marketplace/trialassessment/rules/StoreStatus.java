package com.marketplace.trialassessment.rules;

/**
 * Where a store is in its life: on trial, a regular (formal) store, out after a failed checkpoint, or
 * cleared from the marketplace after its clearance took effect (final).
 */
public enum StoreStatus {
    TRIAL, FORMAL, TERMINATED, CLEARED
}
