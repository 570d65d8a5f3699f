package com.marketplace.trialassessment.rules;

/** How much of what was charged comes back for the year's sales: all, half, or nothing. */
public enum FeeTier {
    FULL, HALF, NONE
}
