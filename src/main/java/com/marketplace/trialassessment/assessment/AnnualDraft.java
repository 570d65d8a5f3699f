package com.marketplace.trialassessment.assessment;

import java.time.Instant;
import java.util.Objects;

import com.marketplace.trialassessment.rules.AnnualResult;

/**
 * An annual result to write, as the rules decided it, with what decided it.
 *
 * @param supersedesId the current result this one replaces (a re-evaluation), or null
 * @param reason       why it was decided again (a re-evaluation), or null
 */
record AnnualDraft(long storeId, AnnualResult result, Trigger trigger, Instant decidedAt, Long supersedesId,
        String reason, String decidedBy) {

    AnnualDraft {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
