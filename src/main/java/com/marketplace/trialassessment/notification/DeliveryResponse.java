package com.marketplace.trialassessment.notification;

import java.time.OffsetDateTime;

/**
 * One delivery of one event to one subscription, as the delivery log shows it.
 *
 * @param lastError      why the last attempt got no answer (a timeout, a refused connection), or null
 * @param nextAttemptAt  null unless {@code PENDING}
 */
record DeliveryResponse(String eventId, String type, DeliveryStatus status, int attempts, OffsetDateTime occurredAt,
        OffsetDateTime lastAttemptAt, Integer lastStatusCode, String lastError, OffsetDateTime nextAttemptAt) {
}
