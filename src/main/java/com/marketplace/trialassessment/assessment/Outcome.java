package com.marketplace.trialassessment.assessment;

public enum Outcome {
    PASSED, FAILED
}
