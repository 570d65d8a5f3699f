package com.marketplace.trialassessment.rules;

/** The three requirements of a checkpoint, in the rule book's order. */
public enum Requirement {
    SALES, SERVICE_SCORE, COMPLIANCE
}
