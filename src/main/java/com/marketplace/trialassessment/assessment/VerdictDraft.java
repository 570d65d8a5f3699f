package com.marketplace.trialassessment.assessment;

import java.time.Instant;
import java.util.Objects;

import com.marketplace.trialassessment.rules.CheckpointResult;

/**
 * A verdict to write: a checkpoint's result as the rules decided it, with what decided it.
 *
 * @param supersedesId the current verdict this one replaces (a re-evaluation), or null
 * @param reason       why it was decided again (a re-evaluation), or null
 */
record VerdictDraft(long storeId, long targetVersionId, CheckpointResult result, Trigger trigger, Instant decidedAt,
        Long supersedesId, String reason, String decidedBy) {

    VerdictDraft {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
