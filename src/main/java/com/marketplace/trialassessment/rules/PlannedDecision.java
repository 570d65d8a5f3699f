package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A decision of a store's life, as {@link LifePlan} plans it: what is decided, and the first date on
 * which it may be. The next one is stored with the store by the code that writes decisions, so that the
 * daily run finds the stores with a decision due, and read models what comes next, without working it
 * out again.
 *
 * @param number what the decision is about within its kind: the checkpoint's number for
 *               {@link DecisionKind#CHECKPOINT}, the (assessed) year for the others
 */
public record PlannedDecision(DecisionKind kind, int number, LocalDate dueOn) {

    /** The order decisions are taken in: oldest due date first, and on one date by kind. */
    public static final Comparator<PlannedDecision> IN_ORDER = Comparator.comparing(PlannedDecision::dueOn)
            .thenComparing(PlannedDecision::kind);

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
