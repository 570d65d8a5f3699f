package com.marketplace.trialassessment.assessment;

/** The three requirements of a checkpoint. */
public enum Requirement {
    SALES, SERVICE_SCORE, COMPLIANCE
}
