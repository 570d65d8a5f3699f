package com.marketplace.trialassessment.schedule;

/** This instance has stopped working on an evaluation run, however it ended (published in the run's thread). */
public record EvaluationRunFinished(long runId) {
}
