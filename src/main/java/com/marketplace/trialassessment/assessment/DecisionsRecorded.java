package com.marketplace.trialassessment.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.marketplace.trialassessment.rules.AnnualResult;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.FeeStatement;
import com.marketplace.trialassessment.rules.StatusChange;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * What was written for a set of stores (one on request, a chunk in a run), published synchronously
 * inside the transaction that wrote it: a listener that records something in answer (the webhook
 * outbox) commits or rolls back with the decisions.
 */
public record DecisionsRecorded(List<StoreDecided> stores, Instant at) {

    public DecisionsRecorded {
        stores = List.copyOf(stores);
        Objects.requireNonNull(at, "at");
    }

    /** One store's decisions, each with the id it was written under. */
    public record StoreDecided(long storeId, String merchantId, StoreStatus status, List<Written<CheckpointResult>> verdicts,
            List<Written<AnnualResult>> annualResults, List<Written<FeeStatement>> feeStatements,
            List<StatusChange> statusChanges) {

        public StoreDecided {
            verdicts = List.copyOf(verdicts);
            annualResults = List.copyOf(annualResults);
            feeStatements = List.copyOf(feeStatements);
            statusChanges = List.copyOf(statusChanges);
        }

        public boolean isEmpty() {
            return verdicts.isEmpty() && annualResults.isEmpty() && feeStatements.isEmpty() && statusChanges.isEmpty();
        }
    }

    /** A decision and the id of its row. */
    public record Written<T>(long id, T decision) {
    }
}
