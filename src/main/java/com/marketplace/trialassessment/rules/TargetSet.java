package com.marketplace.trialassessment.rules;

import java.util.EnumMap;
import java.util.Map;

/** One version of a category's targets, for all four checkpoints. */
public record TargetSet(int version, Map<Checkpoint, CheckpointTarget> targets) {

    public TargetSet {
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
