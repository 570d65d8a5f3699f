package com.marketplace.trialassessment.category;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/categories/{code}/target-versions}. */
record NewTargetVersionRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull @Valid List<@NotNull TargetInput> targets) {
}
