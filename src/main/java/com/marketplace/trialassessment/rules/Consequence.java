package com.marketplace.trialassessment.rules;

/** What an annual result led to. */
public enum Consequence {
    NONE, WARNED, CLEARANCE_NOTICE
}
