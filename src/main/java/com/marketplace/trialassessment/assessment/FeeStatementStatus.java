package com.marketplace.trialassessment.assessment;

/** A fee statement is issued, or void: its store's life no longer calls for it (kept, never edited). */
public enum FeeStatementStatus {
    ISSUED, VOID
}
