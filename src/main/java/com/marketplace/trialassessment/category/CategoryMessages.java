package com.marketplace.trialassessment.category;

import com.marketplace.trialassessment.common.MessageCode;

/** The texts of the category module's problems, kept in {@code messages*.properties}. */
public enum CategoryMessages implements MessageCode {

    /** {@code Category {0} does not exist}; also the {@code 422} of a store naming an unknown category. */
    NOT_FOUND("category.notFound"),
    ALREADY_EXISTS("category.alreadyExists"),
    TARGET_VERSION_NOT_FOUND("category.targetVersion.notFound"),
    EFFECTIVE_FROM_NOT_LATER("category.targetVersion.effectiveFromNotLater"),
    CHECKPOINT_TWICE("category.targets.checkpointTwice"),
    NO_SCORE_AT_CHECKPOINT_1("category.targets.noScoreAtCheckpoint1"),
    SCORE_REQUIRED("category.targets.scoreRequired"),
    CHECKPOINT_MISSING("category.targets.checkpointMissing"),
    POSITIVE_AMOUNT("category.terms.positiveAmount"),
    HALF_BELOW_FULL_REFUND("category.terms.halfBelowFullRefund");

    private final String code;

    CategoryMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
