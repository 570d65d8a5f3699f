package com.marketplace.trialassessment.category;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A category with its whole version history, oldest first. */
record CategoryResponse(String code, String name, List<TargetVersionResponse> targetVersions) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.code(), category.name(),
                category.targetVersions().stream().map(TargetVersionResponse::of).toList());
    }

    record TargetVersionResponse(int version, LocalDate effectiveFrom, List<TargetResponse> targets,
            String createdBy) {

        static TargetVersionResponse of(TargetVersion version) {
            return new TargetVersionResponse(version.version(), version.effectiveFrom(),
                    version.targets().stream()
                            .map(t -> new TargetResponse(t.checkpoint(), t.salesTarget(), t.serviceScoreTarget()))
                            .toList(), version.createdBy());
        }
    }

    record TargetResponse(int checkpoint, BigDecimal salesTarget, BigDecimal serviceScoreTarget) {
    }
}
