package com.marketplace.trialassessment.category;

import java.time.LocalDate;

/** A target version of a category, in force from {@code effectiveFrom} until the next one. */
public record VersionInForce(long targetVersionId, int version, LocalDate effectiveFrom) {
}
