package com.marketplace.trialassessment.rules;

/** Where a formal store stands with its annual assessments. */
public enum Standing {
    /** Nothing against it. */
    GOOD,
    /** A failed annual assessment warned it: it is in its rectification period. */
    WARNED,
    /** It has a clearance notice: it is cleared on the notice's effective date unless the notice is withdrawn. */
    CLEARANCE_PENDING
}
