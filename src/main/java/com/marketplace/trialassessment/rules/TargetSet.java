package com.marketplace.trialassessment.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a category's targets: those of the four checkpoints, and the agreement's optional
 * annual standard and fee terms (older versions have neither).
 */
public record TargetSet(int version, Map<Checkpoint, CheckpointTarget> targets, Optional<AnnualStandard> annual,
        Optional<FeeTerms> fee) {

    /** A version with checkpoint targets only. */
    public TargetSet(int version, Map<Checkpoint, CheckpointTarget> targets) {
        this(version, targets, Optional.empty(), Optional.empty());
    }

    public TargetSet {
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(fee, "fee");
        targets = new EnumMap<>(targets);
        for (Checkpoint checkpoint : Checkpoint.values()) {
            CheckpointTarget target = targets.get(checkpoint);
            if (target == null) {
                throw new IllegalArgumentException("Target version " + version + " has no target for checkpoint "
                        + checkpoint.number());
            }
            if (checkpoint.assessesServiceScore() != (target.serviceScoreTarget() != null)) {
                throw new IllegalArgumentException("Target version " + version + ": checkpoint "
                        + checkpoint.number() + " must " + (checkpoint.assessesServiceScore() ? "" : "not ")
                        + "have a service-score target");
            }
        }
    }

    public CheckpointTarget target(Checkpoint checkpoint) {
        return targets.get(checkpoint);
    }
}
