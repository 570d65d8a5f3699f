package com.marketplace.trialassessment.assessment;

import com.marketplace.trialassessment.common.SaysSomething;

import jakarta.validation.constraints.Size;

/**
 * {@code POST .../checkpoints/{k}/reevaluations}, {@code .../annual-assessments/{year}/reevaluations} and
 * {@code .../rectification-reviews/{year}/reevaluations}: why the result is decided again.
 */
record ReevaluationRequest(@SaysSomething @Size(max = 2000) String reason) {

    /** The reason as it is kept, without the white space around it. */
    String keptReason() {
        return reason.strip();
    }
}
