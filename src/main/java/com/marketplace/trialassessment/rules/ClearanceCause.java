package com.marketplace.trialassessment.rules;

/** Why a store got a clearance notice. */
public enum ClearanceCause {
    /** A non-revoked SERIOUS violation was among those an annual assessment or a review counted. */
    VIOLATION,
    /** It failed the annual assessment of two years running. */
    REPEATED_FAILURE,
    /** It failed its rectification review. */
    RECTIFICATION_FAILED
}
