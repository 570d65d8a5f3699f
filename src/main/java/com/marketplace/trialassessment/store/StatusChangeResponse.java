package com.marketplace.trialassessment.store;

import java.time.Clock;
import java.time.OffsetDateTime;

import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.StatusChangeCause;
import com.marketplace.trialassessment.rules.StoreStatus;

/** One entry of {@code GET /api/stores/{id}/status-history}. */
record StatusChangeResponse(StoreStatus fromStatus, StoreStatus toStatus, OffsetDateTime changedAt,
        StatusChangeCause cause, Integer checkpoint, Long verdictId, String reason) {

    static StatusChangeResponse of(StoreStatusChange change, Clock clock) {
        return new StatusChangeResponse(change.fromStatus(), change.toStatus(),
                Timestamps.inBusinessZone(change.changedAt(), clock), change.cause(), change.checkpoint(),
                change.verdictId(), change.reason());
    }
}
