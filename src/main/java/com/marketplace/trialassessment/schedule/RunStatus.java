package com.marketplace.trialassessment.schedule;

public enum RunStatus {
    RUNNING,
    COMPLETED,
    /** The instance stopped sending heartbeats (crashed or killed); its stores were released. */
    ABANDONED
}
