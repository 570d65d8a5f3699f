package com.marketplace.trialassessment.rules;

import java.util.List;
import java.util.Objects;

/**
 * A change of a store's status or standing that a decision makes, with what the history keeps of it.
 *
 * @param fromStanding null unless the store was formal
 * @param toStanding   null unless the store is formal afterwards
 * @param checkpoint   the checkpoint whose outcome caused it, or null
 * @param verdict      which verdict of the evaluation caused it: an index into {@link Evaluated#decided()}, or null
 * @param annualResult which annual result caused it: an index into {@link Evaluated#annualDecided()}, or null
 * @param reason       what the history says, at most {@link #MAX_REASON_LENGTH} characters; may be null
 */
public record StatusChange(StoreStatus from, StoreStatus to, Standing fromStanding, Standing toStanding,
        StatusChangeCause cause, Integer checkpoint, Integer verdict, Integer annualResult, String reason) {

    /** The longest reason the status history keeps, like every reason of the rule book. */
    public static final int MAX_REASON_LENGTH = 2000;

    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cause, "cause");
        if (from == to && fromStanding == toStanding) {
            throw new IllegalArgumentException("A change must change the status or the standing, not keep " + from
                    + " " + fromStanding);
        }
        if (verdict != null && annualResult != null) {
            throw new IllegalArgumentException("A change is caused by one result");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("A reason of " + reason.length() + " characters is too long");
        }
    }

    /** {@code checkpoint 2 failed: SALES, COMPLIANCE}. */
    static String failure(CheckpointResult result) {
        return "checkpoint " + result.checkpoint().number() + " failed: " + names(result.failedRequirements());
    }

    /** {@code annual assessment of 2025 failed: SALES}. */
    static String failure(AnnualAssessment assessment) {
        return (assessment.kind() == AnnualKind.ANNUAL ? "annual assessment of " : "rectification review of ")
                + assessment.year() + (assessment.passed() ? " passed"
                        : " failed: " + names(assessment.failedRequirements()));
    }

    private static String names(List<Requirement> requirements) {
        return String.join(", ", requirements.stream().map(Enum::name).toList());
    }

    /**
     * The staff's reason followed by what was decided, within the {@value #MAX_REASON_LENGTH}
     * characters the history keeps: a reason that is itself up to 2,000 characters long is shortened
     * (it stays whole on the result).
     */
    static String reasonAnd(String reason, String decided) {
        String suffix = " (" + decided + ")";
        int room = MAX_REASON_LENGTH - suffix.length();
        if (reason.length() <= room) {
            return reason + suffix;
        }
        int end = room - 1;
        if (Character.isHighSurrogate(reason.charAt(end - 1))) {
            end--;
        }
        return reason.substring(0, end) + "\u2026" + suffix;
    }
}
