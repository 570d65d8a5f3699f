package com.marketplace.trialassessment.rules;

/**
 * The kinds of decision of a store's life the rules take on a date, in the order they are taken when
 * several fall on the same date: trial checkpoints, annual assessments, rectification reviews,
 * clearances taking effect, fee statements.
 */
public enum DecisionKind {
    /** A trial checkpoint; the decision's number is the checkpoint's (1..4). */
    CHECKPOINT,
    /** The annual assessment of a year; the number is the year, the due date 1 January of the next. */
    ANNUAL_ASSESSMENT,
    /** The review of a rectification period; the number is the assessed year that warned the store. */
    RECTIFICATION_REVIEW,
    /** A clearance taking effect; the number is the year of its effective date. */
    CLEARANCE,
    /** A fee statement; the number is the year it settles (that of the store's last trading day in it). */
    FEE_STATEMENT
}
