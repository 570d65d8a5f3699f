package com.marketplace.trialassessment.rules;

import java.util.Optional;

/**
 * Basic service score, at checkpoints 2..4: the latest snapshot dated within days 1..D(k) (the
 * checkpoint's {@link FactsWindow}) must reach the target. Without such a snapshot the checkpoint
 * cannot be decided (empty result).
 */
public final class ServiceScorePolicy {

    public Optional<ServiceScoreResult> assess(Checkpoint checkpoint, CheckpointTarget target,
            Optional<ScoreSnapshot> latest) {
        if (!checkpoint.assessesServiceScore()) {
            return Optional.of(ServiceScoreResult.notAssessed());
        }
        return latest.map(snapshot -> new ServiceScoreResult(true, snapshot.score(), snapshot.date(),
                target.serviceScoreTarget(), snapshot.score().compareTo(target.serviceScoreTarget()) >= 0));
    }
}
