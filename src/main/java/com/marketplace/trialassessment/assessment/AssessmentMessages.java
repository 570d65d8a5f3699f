package com.marketplace.trialassessment.assessment;

import com.marketplace.trialassessment.common.MessageCode;

/**
 * The texts of the assessment module's problems, kept in {@code messages*.properties}. A refusal to
 * decide again names what it refuses ({@code Checkpoint 2 of store 7}) with one of the subjects.
 */
enum AssessmentMessages implements MessageCode {

    CHECKPOINT("assessment.subject.checkpoint"),
    ANNUAL_ASSESSMENT("assessment.subject.annualAssessment"),
    RECTIFICATION_REVIEW("assessment.subject.rectificationReview"),
    CLEARED("assessment.reevaluation.cleared"),
    NOT_FORMAL("assessment.reevaluation.notFormal"),
    NO_CURRENT_RESULT("assessment.reevaluation.noCurrentResult"),
    NOT_LATEST("assessment.reevaluation.notLatest"),
    NO_VERDICT_YET("assessment.reevaluation.noVerdictYet"),
    SCORE_MISSING("assessment.reevaluation.scoreMissing"),
    RESULT_NO_LONGER_CURRENT("assessment.resultNoLongerCurrent"),
    YEAR("assessment.field.year");

    private final String code;

    AssessmentMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
