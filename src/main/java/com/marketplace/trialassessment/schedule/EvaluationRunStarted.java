package com.marketplace.trialassessment.schedule;

/** This instance has begun working on an evaluation run (published in the run's thread). */
public record EvaluationRunStarted(long runId) {
}
