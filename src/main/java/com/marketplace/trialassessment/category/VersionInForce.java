package com.marketplace.trialassessment.category;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One target version of a category, with the first date it is in force: what
 * {@link CategoryCatalog#versionsOf} answers, so that a caller can pick the version in force on a date
 * and then ask {@link TargetSetCache#get} for its targets and agreement terms.
 *
 * @param targetVersionId the version's id, as {@link TargetSetCache#get} takes it
 * @param version         its number within the category (1, 2 …)
 * @param effectiveFrom   the first date it is in force; it stays in force until the next version's
 */
public record VersionInForce(long targetVersionId, int version, LocalDate effectiveFrom) {

    public VersionInForce {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /**
     * The version in force on {@code date} among one category's {@code versions}: the one with the
     * latest {@code effectiveFrom} not after it; empty when every version starts later. The same rule as
     * {@link Category#versionInForceOn}.
     */
    public static Optional<VersionInForce> inForceOn(List<VersionInForce> versions, LocalDate date) {
        Objects.requireNonNull(date, "date");
        VersionInForce inForce = null;
        for (VersionInForce v : versions) {
            if (!v.effectiveFrom().isAfter(date)
                    && (inForce == null || v.effectiveFrom().isAfter(inForce.effectiveFrom()))) {
                inForce = v;
            }
        }
        return Optional.ofNullable(inForce);
    }
}
