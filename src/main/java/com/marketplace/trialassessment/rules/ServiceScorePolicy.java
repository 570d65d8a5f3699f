package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Basic service score, at checkpoints 2..4: the latest snapshot dated within days 1..D(k) must reach
 * the target. Without such a snapshot the checkpoint cannot be decided (empty result).
 */
public final class ServiceScorePolicy {

    public Optional<ServiceScoreResult> assess(Checkpoint checkpoint, CheckpointTarget target, LocalDate launchDate,
            List<ScoreSnapshot> snapshots) {
        if (!checkpoint.assessesServiceScore()) {
            return Optional.of(ServiceScoreResult.notAssessed());
        }
        DateRange period = checkpoint.assessedPeriod(launchDate);
        return snapshots.stream()
                .filter(s -> period.contains(s.date()))
                .max(Comparator.comparing(ScoreSnapshot::date))
                .map(latest -> new ServiceScoreResult(true, latest.score(), latest.date(), target.serviceScoreTarget(),
                        latest.score().compareTo(target.serviceScoreTarget()) >= 0));
    }
}
