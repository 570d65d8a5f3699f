package com.marketplace.trialassessment.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.marketplace.trialassessment.rules.Clearance;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.Rectification;
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StatusChangeCause;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * What the decisions of one evaluation change of a store, as the rules decided them: its status, its
 * standing with the rectification period and the clearance, the history of how they changed, in
 * order (a store may return to its trial and fail it again in one evaluation), and its next decision,
 * which is stored whatever else changed.
 *
 * @param expectedStatus the status the decisions were taken from; the store must still have it
 * @param standing       null unless the store is formal
 * @param clearance      the clearance notice of a store whose clearance is pending or has taken effect
 * @param next           its next decision after these, or empty when none is left
 * @param nextCheckpoint the next checkpoint of a store on trial, null otherwise
 */
public record StoreUpdate(long storeId, StoreStatus expectedStatus, StoreStatus status, Standing standing,
        Optional<Rectification> rectification, Optional<Clearance> clearance, Optional<PlannedDecision> next,
        Integer nextCheckpoint, List<HistoryEntry> history, Instant changedAt) {

    public StoreUpdate {
        Objects.requireNonNull(expectedStatus, "expectedStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rectification, "rectification");
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(next, "next");
        history = List.copyOf(history);
        Objects.requireNonNull(changedAt, "changedAt");
        if (expectedStatus != status && history.isEmpty()) {
            throw new IllegalArgumentException("A change of status needs its history");
        }
    }

    /**
     * One entry of the status history: a change of status, of standing, or both.
     *
     * @param verdictId       the verdict that caused the change, or null
     * @param annualResultId  the annual result that caused the change, or null
     */
    public record HistoryEntry(StoreStatus from, StoreStatus to, Standing fromStanding, Standing toStanding,
            StatusChangeCause cause, Integer checkpoint, Long verdictId, Long annualResultId, String reason) {
    }
}
