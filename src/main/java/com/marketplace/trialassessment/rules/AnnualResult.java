package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decided annual assessment or rectification review: every figure it used, and what it led to.
 *
 * @param clearanceCause why it gave a clearance notice; null unless {@code consequence} is one
 * @param decidedOn      the business date it was decided on: the day a warning or notice it gives is given
 */
public record AnnualResult(AnnualAssessment assessment, Consequence consequence, ClearanceCause clearanceCause,
        LocalDate decidedOn) {

    public AnnualResult {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (assessment.awaitingData()) {
            throw new IllegalArgumentException("An assessment waiting for data is no result");
        }
        if ((consequence == Consequence.CLEARANCE_NOTICE) != (clearanceCause != null)) {
            throw new IllegalArgumentException("A clearance notice, and only one, has a cause");
        }
    }

    public AnnualKind kind() {
        return assessment.kind();
    }

    public int year() {
        return assessment.year();
    }

    public boolean passed() {
        return assessment.passed();
    }

    /** What a store's life keeps of it, once it has an id. */
    public AnnualRecord record(long id) {
        return new AnnualRecord(id, kind(), year(), assessment.dueDate(), assessment.window(), passed(),
                assessment.compliance().seriousViolations(), consequence, clearanceCause, decidedOn);
    }
}
