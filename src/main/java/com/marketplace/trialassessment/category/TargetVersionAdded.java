package com.marketplace.trialassessment.category;

/**
 * A category has a new target version: the agreements of its formal stores' coming years may have
 * changed. Published in the transaction that adds the version.
 */
public record TargetVersionAdded(long categoryId, int version) {
}
