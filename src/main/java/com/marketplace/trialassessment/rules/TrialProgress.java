package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkpoints are decided strictly in order: k+1 never while k is undecided or failed. Given the
 * current outcomes (true = passed), this says what comes next and where the store stands.
 */
public final class TrialProgress {

    private TrialProgress() {
    }

    /**
     * The checkpoint a store on trial works towards: the first without an outcome. Empty once a
     * checkpoint has failed or all four have passed.
     */
    public static Optional<Checkpoint> next(Map<Checkpoint, Boolean> outcomes) {
        for (Checkpoint checkpoint : Checkpoint.values()) {
            Boolean passed = outcomes.get(checkpoint);
            if (passed == null) {
                return Optional.of(checkpoint);
            }
            if (!passed) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The due, undecided checkpoints, in order, that an evaluation on {@code today} should try to
     * decide; it decides them one by one and stops at the first that fails or cannot be decided.
     * Empty once a checkpoint has failed or all four have passed.
     */
    public static List<Checkpoint> dueUndecided(LocalDate launchDate, LocalDate today,
            Map<Checkpoint, Boolean> outcomes) {
        List<Checkpoint> due = new ArrayList<>();
        for (Checkpoint checkpoint : Checkpoint.values()) {
            Boolean passed = outcomes.get(checkpoint);
            if (passed == null) {
                if (!checkpoint.isDueOn(launchDate, today)) {
                    break;
                }
                due.add(checkpoint);
            }
            else if (!passed) {
                break;
            }
        }
        return due;
    }

    /** TERMINATED at the first failed checkpoint, FORMAL once all four passed, otherwise TRIAL. */
    public static StoreStatus status(Map<Checkpoint, Boolean> outcomes) {
        for (Checkpoint checkpoint : Checkpoint.values()) {
            Boolean passed = outcomes.get(checkpoint);
            if (passed == null) {
                return StoreStatus.TRIAL;
            }
            if (!passed) {
                return StoreStatus.TERMINATED;
            }
        }
        return StoreStatus.FORMAL;
    }
}
