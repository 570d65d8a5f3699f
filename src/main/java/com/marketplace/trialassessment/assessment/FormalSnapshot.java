package com.marketplace.trialassessment.assessment;

import java.util.Map;
import java.util.Objects;

import com.marketplace.trialassessment.rules.FactsWindow;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.rules.WindowFacts;
import com.marketplace.trialassessment.store.StoreView;

/**
 * A formal store as the daily view of its year needs it: its row, its life (current annual results
 * and agreements), and the facts of its year so far and of its rectification period so far.
 */
public record FormalSnapshot(StoreView store, StoreLife life, Map<FactsWindow, WindowFacts> facts) {

    public FormalSnapshot {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(life, "life");
        facts = Map.copyOf(facts);
    }
}
