package com.marketplace.trialassessment.rules;

/** The kinds of decision of a store's life the rules take on a date. */
public enum DecisionKind {
    /** A trial checkpoint; the decision's number is the checkpoint's (1..4). */
    CHECKPOINT
}
