package com.marketplace.trialassessment.store;

import java.time.Clock;
import java.time.OffsetDateTime;

import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StatusChangeCause;
import com.marketplace.trialassessment.rules.StoreStatus;

/** One entry of {@code GET /api/stores/{id}/status-history}. */
record StatusChangeResponse(StoreStatus fromStatus, StoreStatus toStatus, Standing fromStanding,
        Standing toStanding, OffsetDateTime changedAt, StatusChangeCause cause, Integer checkpoint, Long verdictId,
        Long annualResultId, String reason) {

    static StatusChangeResponse of(StoreStatusChange change, Clock clock) {
        return new StatusChangeResponse(change.fromStatus(), change.toStatus(), change.fromStanding(),
                change.toStanding(), Timestamps.inBusinessZone(change.changedAt(), clock), change.cause(),
                change.checkpoint(), change.verdictId(), change.annualResultId(), change.reason());
    }
}
