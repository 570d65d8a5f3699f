package com.marketplace.trialassessment.assessment;

import java.util.Map;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.store.StoreForDecision;

/**
 * A store locked for its decisions: its row, its current verdicts, and the life the rules see in them.
 */
record DecidingStore(StoreForDecision store, Map<Checkpoint, CurrentVerdict> verdicts, StoreLife life) {

    long id() {
        return store.id();
    }
}
