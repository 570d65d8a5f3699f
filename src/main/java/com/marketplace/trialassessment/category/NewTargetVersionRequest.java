package com.marketplace.trialassessment.category;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/categories/{code}/target-versions}; the agreement terms ({@code annual}, {@code fee})
 * are optional, and {@code null} is the same as leaving a block out.
 */
record NewTargetVersionRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull @Valid List<@NotNull TargetInput> targets,
        AnnualStandardInput annual,
        FeeTermsInput fee) {
}
