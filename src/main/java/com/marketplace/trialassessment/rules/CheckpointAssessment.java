package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Each requirement of one checkpoint assessed on some facts, before they are combined into a
 * {@link Decision}: what a view shows requirement by requirement, even when the score is missing.
 *
 * @param serviceScore empty when the checkpoint assesses the score and no snapshot lies within its window
 */
public record CheckpointAssessment(Checkpoint checkpoint, LocalDate dueDate, int targetVersion, SalesResult sales,
        Optional<ServiceScoreResult> serviceScore, ComplianceResult compliance) {

    public CheckpointAssessment {
        Objects.requireNonNull(serviceScore, "serviceScore");
    }

    /** Decided when every requirement could be assessed; otherwise waiting for the missing score. */
    public Decision decision() {
        if (serviceScore.isEmpty()) {
            return new Decision.AwaitingData(checkpoint, List.of(MissingData.SERVICE_SCORE));
        }
        return new Decision.Decided(new CheckpointResult(checkpoint, dueDate, targetVersion, sales,
                serviceScore.get(), compliance));
    }
}
