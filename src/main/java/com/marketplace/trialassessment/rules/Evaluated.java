package com.marketplace.trialassessment.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an evaluation of one store decided, as {@link LifeEvaluation} works it out; the callers only
 * write it down.
 *
 * @param decided         the new results, in the order they were decided (after a re-evaluation, the
 *                        re-evaluated checkpoint's comes first)
 * @param awaitingData    the decision that could not be taken for want of data, which stopped the
 *                        evaluation; empty when nothing waits
 * @param notCurrent      checkpoints whose current outcome stops being current: superseded by the
 *                        re-evaluated result, or withdrawn because an earlier checkpoint now fails
 * @param statusChanges   the status changes, in order
 * @param life            the store's life afterwards
 * @param next            its next decision afterwards (what is stored with the store)
 */
public record Evaluated(List<CheckpointResult> decided, Optional<Decision.AwaitingData> awaitingData,
        Set<Checkpoint> notCurrent, List<StatusChange> statusChanges, StoreLife life,
        Optional<PlannedDecision> next) {

    public Evaluated {
        decided = List.copyOf(decided);
        Objects.requireNonNull(awaitingData, "awaitingData");
        notCurrent = Set.copyOf(notCurrent);
        statusChanges = List.copyOf(statusChanges);
        Objects.requireNonNull(life, "life");
        Objects.requireNonNull(next, "next");
    }

    public StoreStatus status() {
        return life.status();
    }
}
