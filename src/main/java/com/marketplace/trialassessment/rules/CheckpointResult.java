package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A decided checkpoint: it passes only when every requirement assessed at it passes. */
public record CheckpointResult(Checkpoint checkpoint, LocalDate dueDate, int targetVersion, SalesResult sales,
        ServiceScoreResult serviceScore, ComplianceResult compliance) {

    public boolean passed() {
        return sales.passed() && serviceScore.passed() && compliance.passed();
    }

    /** The requirements that failed, in the rule book's order; empty when the checkpoint passed. */
    public List<Requirement> failedRequirements() {
        return failed(sales.passed(), serviceScore.passed(), compliance.passed());
    }

    /** The requirements that failed, from whether each passed. */
    public static List<Requirement> failed(boolean sales, boolean serviceScore, boolean compliance) {
        List<Requirement> failed = new ArrayList<>();
        if (!sales) {
            failed.add(Requirement.SALES);
        }
        if (!serviceScore) {
            failed.add(Requirement.SERVICE_SCORE);
        }
        if (!compliance) {
            failed.add(Requirement.COMPLIANCE);
        }
        return failed;
    }
}
