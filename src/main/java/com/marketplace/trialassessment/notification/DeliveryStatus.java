package com.marketplace.trialassessment.notification;

/** A delivery waits for its next attempt, was answered 2xx, or failed for good (it may be retried by hand). */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
