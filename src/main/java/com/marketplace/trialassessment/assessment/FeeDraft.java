package com.marketplace.trialassessment.assessment;

import java.time.Instant;
import java.util.Objects;

import com.marketplace.trialassessment.rules.FeeStatement;

/** A fee statement to write, as the rules settled it, with what issued it. */
record FeeDraft(long storeId, FeeStatement statement, Trigger trigger, Instant issuedAt, String decidedBy) {

    FeeDraft {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
