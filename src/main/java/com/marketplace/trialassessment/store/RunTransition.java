package com.marketplace.trialassessment.store;

import java.time.Instant;

import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * A status change the daily run makes: a store on trial ends its trial (a checkpoint failed) or
 * becomes a formal store (checkpoint 4 passed). The run writes many at once, set-based, through
 * {@link StoreCatalog#recordRunTransitions}; they are the same two transitions as
 * {@link Store#terminate} and {@link Store#promoteToFormal} from TRIAL, with the same history row.
 */
public record RunTransition(long storeId, StoreStatus to, StatusChangeCause cause, int checkpoint, long verdictId,
        String reason, Instant changedAt) {

    public static RunTransition terminated(long storeId, int checkpoint, long verdictId, String reason,
            Instant changedAt) {
        return new RunTransition(storeId, StoreStatus.TERMINATED, StatusChangeCause.CHECKPOINT_FAILED, checkpoint,
                verdictId, reason, changedAt);
    }

    public static RunTransition promoted(long storeId, long verdictId, Instant changedAt) {
        return new RunTransition(storeId, StoreStatus.FORMAL, StatusChangeCause.TRIAL_PASSED, 4, verdictId, null,
                changedAt);
    }
}
