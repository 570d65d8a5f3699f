package com.marketplace.trialassessment.rules;

import java.time.LocalDate;

/** A decided checkpoint: it passes only when every requirement assessed at it passes. */
public record CheckpointResult(Checkpoint checkpoint, LocalDate dueDate, int targetVersion, SalesResult sales,
        ServiceScoreResult serviceScore, ComplianceResult compliance) {

    public boolean passed() {
        return sales.passed() && serviceScore.passed() && compliance.passed();
    }
}
