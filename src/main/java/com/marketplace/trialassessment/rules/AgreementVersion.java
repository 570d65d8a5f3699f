package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Objects;

/** One target version of the store's category, as an agreement: in force from {@code effectiveFrom}. */
public record AgreementVersion(long id, LocalDate effectiveFrom, TargetSet terms) {

    public AgreementVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(terms, "terms");
    }
}
