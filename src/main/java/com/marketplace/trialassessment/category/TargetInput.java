package com.marketplace.trialassessment.category;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The targets of one checkpoint as a client sends them. */
record TargetInput(
        @NotNull @Min(1) @Max(4) Integer checkpoint,
        @NotNull @DecimalMin("0.00") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal salesTarget,
        @DecimalMin("0.00") @DecimalMax("5.00") @Digits(integer = 1, fraction = 2)
        BigDecimal serviceScoreTarget) {
}
