package com.marketplace.trialassessment.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A stored subscription. */
record Subscription(long id, String merchantId, String url, Set<EventType> events, String secret, String createdBy,
        Instant createdAt, Instant disabledAt, String disabledWhy) {

    List<String> eventNames() {
        return events.stream().sorted().map(EventType::wireName).toList();
    }
}
