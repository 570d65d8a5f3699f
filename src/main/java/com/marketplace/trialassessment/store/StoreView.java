package com.marketplace.trialassessment.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * A store as read models show it, read in one query without loading the entity.
 *
 * @param standing       null unless the store is formal
 * @param nextCheckpoint the next checkpoint of a store on trial (its next decision may be a fee
 *                       statement first); empty otherwise
 */
public record StoreView(long id, String name, String merchantId, long categoryId, String categoryCode,
        long targetVersionId, StoreStatus status, Standing standing, LocalDate launchDate,
        Optional<PlannedDecision> next, Optional<Checkpoint> nextCheckpoint) {

    public StoreView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(nextCheckpoint, "nextCheckpoint");
    }

    /** For JPQL's constructor expressions: the plan's three columns as they are stored. */
    StoreView(long id, String name, String merchantId, long categoryId, String categoryCode, long targetVersionId,
            StoreStatus status, Standing standing, LocalDate launchDate, DecisionKind nextDecision,
            Integer nextDecisionNumber, LocalDate nextDecisionOn, Integer nextCheckpoint) {
        this(id, name, merchantId, categoryId, categoryCode, targetVersionId, status, standing, launchDate,
                nextDecision == null ? Optional.empty()
                        : Optional.of(new PlannedDecision(nextDecision, nextDecisionNumber, nextDecisionOn)),
                Optional.ofNullable(nextCheckpoint).map(Checkpoint::of));
    }
}
