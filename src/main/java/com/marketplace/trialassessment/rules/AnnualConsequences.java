package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What an annual result leads to, the first that applies. An annual assessment: a store whose
 * clearance is already pending has its result recorded with no consequence; a passed one changes
 * nothing; a failed one with a non-revoked SERIOUS violation among those counted gives a clearance
 * notice (VIOLATION, no rectification); one that fails after the current assessment of the year before
 * failed too gives a notice (REPEATED_FAILURE: a year without a result is no failure); any other
 * failure warns the store. A rectification review: passed, nothing (the standing is good again);
 * failed, a notice (VIOLATION with a SERIOUS violation counted, otherwise RECTIFICATION_FAILED).
 */
public final class AnnualConsequences {

    private AnnualConsequences() {
    }

    /**
     * @param before  the standing before this result
     * @param current the store's current results (the year before's assessment among them, if any)
     */
    public static AnnualResult decide(AnnualAssessment assessment, FormalState before, List<AnnualRecord> current,
            LocalDate decidedOn) {
        if (assessment.kind() == AnnualKind.RECTIFICATION) {
            if (assessment.passed()) {
                return new AnnualResult(assessment, Consequence.NONE, null, decidedOn);
            }
            return notice(assessment, assessment.compliance().seriousViolations() > 0 ? ClearanceCause.VIOLATION
                    : ClearanceCause.RECTIFICATION_FAILED, decidedOn);
        }
        if (before.standing() == Standing.CLEARANCE_PENDING || assessment.passed()) {
            return new AnnualResult(assessment, Consequence.NONE, null, decidedOn);
        }
        if (assessment.compliance().seriousViolations() > 0) {
            return notice(assessment, ClearanceCause.VIOLATION, decidedOn);
        }
        boolean failedTheYearBefore = current.stream().anyMatch(r -> r.kind() == AnnualKind.ANNUAL
                && r.year() == assessment.year() - 1 && !r.passed());
        if (failedTheYearBefore) {
            return notice(assessment, ClearanceCause.REPEATED_FAILURE, decidedOn);
        }
        return new AnnualResult(assessment, Consequence.WARNED, null, decidedOn);
    }

    private static AnnualResult notice(AnnualAssessment assessment, ClearanceCause cause,
            LocalDate decidedOn) {
        return new AnnualResult(assessment, Consequence.CLEARANCE_NOTICE, cause, decidedOn);
    }
}
