package com.marketplace.trialassessment.rules;

/** A fact without which a checkpoint cannot be decided. */
public enum MissingData {
    SERVICE_SCORE
}
