package com.marketplace.trialassessment.schedule;

/** What started a run: the daily schedule (or its catch-up at start-up), or {@code POST /api/evaluation-runs}. */
public enum RunTrigger {
    SCHEDULE, REQUEST
}
