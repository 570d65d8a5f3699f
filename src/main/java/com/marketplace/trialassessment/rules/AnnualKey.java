package com.marketplace.trialassessment.rules;

import java.util.Objects;

/** Which annual result: the assessment of a year, or the review of the rectification it led to. */
public record AnnualKey(AnnualKind kind, int year) {

    public AnnualKey {
        Objects.requireNonNull(kind, "kind");
    }

    public static AnnualKey of(AnnualRecord record) {
        return new AnnualKey(record.kind(), record.year());
    }
}
