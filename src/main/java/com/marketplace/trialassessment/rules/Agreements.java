package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which agreement holds for a store in a year: the version it signed at launch (in force on its launch
 * date) until the first year that begins with the store formal; for that year and every later one
 * ({@code formalSince <= 1 January}), the version of its category in force on 1 January (the agreement
 * renews each year).
 *
 * @param launch   the version the store signed
 * @param versions every version of the store's category, in any order
 */
public record Agreements(AgreementVersion launch, List<AgreementVersion> versions) {

    public Agreements {
        Objects.requireNonNull(launch, "launch");
        versions = versions.stream().sorted(Comparator.comparing(AgreementVersion::effectiveFrom)).toList();
    }

    /** A store that only has its launch agreement known (one on trial, or a category of one version). */
    public static Agreements of(AgreementVersion launch) {
        return new Agreements(launch, List.of(launch));
    }

    /** The agreement of {@code year} for a store formal since {@code formalSince}. */
    public AgreementVersion of(int year, LocalDate formalSince) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (formalSince.isAfter(first)) {
            return launch;
        }
        return inForceOn(first).orElse(launch);
    }

    /** The version in force on {@code date}: the latest with {@code effectiveFrom <= date}. */
    Optional<AgreementVersion> inForceOn(LocalDate date) {
        AgreementVersion found = null;
        for (AgreementVersion version : versions) {
            if (!version.effectiveFrom().isAfter(date)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest version: the agreement of every year that begins after the ones known. */
    AgreementVersion latest() {
        return versions.isEmpty() ? launch : versions.get(versions.size() - 1);
    }
}
