package com.marketplace.trialassessment.assessment;

import java.util.Map;
import java.util.Objects;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.FactsWindow;
import com.marketplace.trialassessment.rules.WindowFacts;
import com.marketplace.trialassessment.store.StoreView;

/**
 * One store as a read model needs it to show where the store stands: its row with the stored plan,
 * its current verdicts, and the facts of the windows of its next checkpoint and of every checkpoint
 * that is due and undecided (what the rules would read to decide them today).
 *
 * @param verdicts the current verdicts, by checkpoint; undecided checkpoints are absent
 */
public record StoreSnapshot(StoreView store, Map<Checkpoint, CurrentVerdict> verdicts,
        Map<FactsWindow, WindowFacts> facts) {

    public StoreSnapshot {
        Objects.requireNonNull(store, "store");
        verdicts = Map.copyOf(verdicts);
        facts = Map.copyOf(facts);
    }

    /** The facts of {@code checkpoint}'s window, which must be one of those read. */
    public WindowFacts factsOf(Checkpoint checkpoint) {
        WindowFacts windowFacts = facts.get(checkpoint.window(store.launchDate()));
        if (windowFacts == null) {
            throw new IllegalStateException("The facts of checkpoint " + checkpoint.number() + " were not read");
        }
        return windowFacts;
    }
}
