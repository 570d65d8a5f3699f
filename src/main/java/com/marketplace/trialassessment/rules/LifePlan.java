package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a store's life holds next: the one place that says which decision comes next and on which
 * date. On trial, that is the first checkpoint without a current outcome (checkpoints are decided
 * strictly in order, and none after a failed one); a terminated or formal store has none left.
 */
public final class LifePlan {

    private LifePlan() {
    }

    /** The next decision of the store's life; empty when there is none left to take. */
    public static Optional<PlannedDecision> next(StoreLife life) {
        if (life.status() != StoreStatus.TRIAL) {
            return Optional.empty();
        }
        return TrialProgress.next(life.checkpoints()).map(c -> PlannedDecision.checkpoint(c, life.launchDate()));
    }

    /**
     * The decisions due on {@code today}, in the order they must be taken: an evaluation takes them
     * one by one and stops at the first that fails or cannot be taken.
     */
    public static List<PlannedDecision> due(StoreLife life, LocalDate today) {
        if (life.status() != StoreStatus.TRIAL) {
            return List.of();
        }
        return TrialProgress.dueUndecided(life.launchDate(), today, life.checkpoints()).stream()
                .map(c -> PlannedDecision.checkpoint(c, life.launchDate()))
                .toList();
    }
}
