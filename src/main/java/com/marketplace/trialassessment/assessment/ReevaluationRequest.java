package com.marketplace.trialassessment.assessment;

import com.marketplace.trialassessment.common.InvalidInputException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST .../checkpoints/{k}/reevaluations}, {@code .../annual-assessments/{year}/reevaluations} and
 * {@code .../rectification-reviews/{year}/reevaluations}: why the result is decided again.
 */
record ReevaluationRequest(@NotBlank @Size(max = 2000) String reason) {

    /**
     * The reason as it is kept, without the white space around it. {@code @NotBlank} refuses only what
     * Java calls white space; a reason of nothing but no-break spaces, zero-width spaces, byte order
     * marks or control characters says nothing either, and is refused the same way ({@code 400}).
     */
    String keptReason() {
        if (reason.codePoints().allMatch(ReevaluationRequest::saysNothing)) {
            throw InvalidInputException.of("reason", "must not be blank");
        }
        return reason.strip();
    }

    /** White space of any kind (a space separator, Java's white space), a control or a format character. */
    private static boolean saysNothing(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.CONTROL
                || type == Character.FORMAT;
    }
}
