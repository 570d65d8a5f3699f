package com.marketplace.trialassessment.rules;

/**
 * Where a store is in its life: on trial, a regular (formal) store, out after a failed checkpoint, or
 * cleared from the marketplace after its clearance took effect (final).
 */
public enum StoreStatus {
    TRIAL, FORMAL, TERMINATED, CLEARED;

    /**
     * Whether nothing can change the store's life any more: a cleared store is out for good, so none of
     * its results, checkpoints or annual ones, is re-evaluated. (A terminated trial is not final: a
     * re-evaluated checkpoint may reinstate it.)
     */
    public boolean isFinal() {
        return this == CLEARED;
    }
}
