package com.marketplace.trialassessment.category;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.marketplace.trialassessment.common.Decimals;

/** A category with its whole version history, oldest first. */
record CategoryResponse(String code, String name, List<TargetVersionResponse> targetVersions) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.code(), category.name(),
                category.targetVersions().stream().map(TargetVersionResponse::of).toList());
    }

    /** One version; {@code annual} and {@code fee} are {@code null} when the version has none. */
    record TargetVersionResponse(int version, LocalDate effectiveFrom, List<TargetResponse> targets,
            AnnualResponse annual, FeeResponse fee, String createdBy) {

        static TargetVersionResponse of(TargetVersion version) {
            return new TargetVersionResponse(version.version(), version.effectiveFrom(),
                    version.targets().stream()
                            .map(t -> new TargetResponse(t.checkpoint(), t.salesTarget(), t.serviceScoreTarget()))
                            .toList(),
                    version.annual().map(AnnualResponse::of).orElse(null),
                    version.fee().map(FeeResponse::of).orElse(null),
                    version.createdBy());
        }
    }

    record TargetResponse(int checkpoint, BigDecimal salesTarget, BigDecimal serviceScoreTarget) {
    }

    record AnnualResponse(BigDecimal salesTarget, BigDecimal serviceScoreTarget) {

        static AnnualResponse of(AnnualTerms annual) {
            return new AnnualResponse(Decimals.display(annual.salesTarget()),
                    Decimals.display(annual.serviceScoreTarget()));
        }
    }

    record FeeResponse(BigDecimal annualFee, BigDecimal halfRefundSales, BigDecimal fullRefundSales) {

        static FeeResponse of(AnnualFeeTerms fee) {
            return new FeeResponse(Decimals.display(fee.annualFee()), Decimals.display(fee.halfRefundSales()),
                    Decimals.display(fee.fullRefundSales()));
        }
    }
}
