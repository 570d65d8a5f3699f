package com.marketplace.trialassessment.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * What deciding a store's next decisions reads of the store, without loading the entity: one row per
 * store, the same for one store on request and for a chunk of the daily run.
 *
 * @param next the next decision as it is stored
 */
public record StoreForDecision(long id, String merchantId, LocalDate launchDate, StoreStatus status,
        long categoryId, long targetVersionId, Optional<PlannedDecision> next) {

    public StoreForDecision {
        Objects.requireNonNull(next, "next");
    }
}
