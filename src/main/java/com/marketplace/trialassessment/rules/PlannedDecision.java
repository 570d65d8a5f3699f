package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The next decision of a store's life, as {@link LifePlan} plans it: what is decided, and the first
 * date on which it may be. It is stored with the store by the code that writes decisions, so that the
 * daily run finds the stores with a decision due, and read models what comes next, without working it
 * out again.
 *
 * @param number what the decision is about within its kind: the checkpoint's number for
 *               {@link DecisionKind#CHECKPOINT}
 */
public record PlannedDecision(DecisionKind kind, int number, LocalDate dueOn) {

    public PlannedDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        if (kind == DecisionKind.CHECKPOINT) {
            Checkpoint.of(number);
        }
    }

    public static PlannedDecision checkpoint(Checkpoint checkpoint, LocalDate launchDate) {
        return new PlannedDecision(DecisionKind.CHECKPOINT, checkpoint.number(), checkpoint.dueDate(launchDate));
    }

    /** The checkpoint of a {@link DecisionKind#CHECKPOINT} decision. */
    public Checkpoint checkpoint() {
        if (kind != DecisionKind.CHECKPOINT) {
            throw new IllegalStateException(kind + " is not a checkpoint");
        }
        return Checkpoint.of(number);
    }

    public boolean isDueOn(LocalDate today) {
        return !today.isBefore(dueOn);
    }
}
