package com.marketplace.trialassessment.data;

/** A SERIOUS violation fails compliance on its own; GENERAL ones count by their points. */
public enum Severity {
    GENERAL, SERIOUS
}
