package com.marketplace.trialassessment.category;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/categories}: a category with its first target version, whose agreement terms
 * ({@code annual}, {@code fee}) are optional; {@code null} is the same as leaving a block out.
 */
record CreateCategoryRequest(
        @NotBlank @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "{category.code.pattern}")
        String code,
        @NotBlank @Size(max = 200) String name,
        LocalDate effectiveFrom,
        @NotNull @Valid List<@NotNull TargetInput> targets,
        AnnualStandardInput annual,
        FeeTermsInput fee) {
}
