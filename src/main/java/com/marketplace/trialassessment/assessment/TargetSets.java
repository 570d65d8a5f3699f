package com.marketplace.trialassessment.assessment;

import java.util.EnumMap;
import java.util.Map;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointTarget;
import com.marketplace.trialassessment.rules.TargetSet;
import com.marketplace.trialassessment.category.TargetVersion;

/** The rules' view of a category's target version. */
public final class TargetSets {

    private TargetSets() {
    }

    public static TargetSet of(TargetVersion version) {
        Map<Checkpoint, CheckpointTarget> targets = new EnumMap<>(Checkpoint.class);
        version.targets().forEach(t -> targets.put(Checkpoint.of(t.checkpoint()),
                new CheckpointTarget(t.salesTarget(), t.serviceScoreTarget())));
        return new TargetSet(version.version(), targets);
    }
}
