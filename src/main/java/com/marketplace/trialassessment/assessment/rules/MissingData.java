package com.marketplace.trialassessment.assessment.rules;

/** A fact without which a checkpoint cannot be decided. */
public enum MissingData {
    SERVICE_SCORE
}
