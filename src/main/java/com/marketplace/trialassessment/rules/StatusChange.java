package com.marketplace.trialassessment.rules;

import java.util.Objects;

/**
 * A change of a store's status that a decision makes, with what the history keeps of it.
 *
 * @param checkpoint the checkpoint whose outcome caused it
 * @param result     which result of the evaluation caused it: an index into {@link Evaluated#decided()}
 * @param reason     what the history says, at most {@link #MAX_REASON_LENGTH} characters; may be null
 */
public record StatusChange(StoreStatus from, StoreStatus to, StatusChangeCause cause, Checkpoint checkpoint,
        int result, String reason) {

    /** The longest reason the status history keeps, like every reason of the rule book. */
    public static final int MAX_REASON_LENGTH = 2000;

    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cause, "cause");
        if (from == to) {
            throw new IllegalArgumentException("A status change must change the status, not keep " + from);
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("A reason of " + reason.length() + " characters is too long");
        }
    }

    /** {@code checkpoint 2 failed: SALES, COMPLIANCE}. */
    static String failure(CheckpointResult result) {
        return "checkpoint " + result.checkpoint().number() + " failed: " + String.join(", ",
                result.failedRequirements().stream().map(Enum::name).toList());
    }

    /**
     * The staff's reason followed by what failed, within the {@value #MAX_REASON_LENGTH} characters the
     * history keeps: a reason that is itself up to 2,000 characters long is shortened (it stays whole on
     * the verdict).
     */
    static String reasonAndFailure(String reason, CheckpointResult result) {
        String failure = " (" + failure(result) + ")";
        int room = MAX_REASON_LENGTH - failure.length();
        if (reason.length() <= room) {
            return reason + failure;
        }
        int end = room - 1;
        if (Character.isHighSurrogate(reason.charAt(end - 1))) {
            end--;
        }
        return reason.substring(0, end) + "\u2026" + failure;
    }
}
