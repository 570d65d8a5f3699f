package com.marketplace.trialassessment.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.StatusChangeCause;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * What the decisions of one evaluation change of a store, as the rules decided them: its status
 * and the history of how it changed, in order (a store may return to its trial and fail it again in
 * one evaluation), and its next decision, which is stored whatever else changed.
 *
 * @param expectedStatus the status the decisions were taken from; the store must still have it
 * @param next           its next decision after these, or empty when none is left
 */
public record StoreUpdate(long storeId, StoreStatus expectedStatus, StoreStatus status,
        Optional<PlannedDecision> next, List<HistoryEntry> history, Instant changedAt) {

    public StoreUpdate {
        Objects.requireNonNull(expectedStatus, "expectedStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(next, "next");
        history = List.copyOf(history);
        Objects.requireNonNull(changedAt, "changedAt");
        if (expectedStatus != status && history.isEmpty()) {
            throw new IllegalArgumentException("A change of status needs its history");
        }
    }

    /**
     * One entry of the status history.
     *
     * @param verdictId the verdict that caused the change
     */
    public record HistoryEntry(StoreStatus from, StoreStatus to, StatusChangeCause cause, Integer checkpoint,
            Long verdictId, String reason) {
    }
}
