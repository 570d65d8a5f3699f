package com.marketplace.trialassessment.data;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the bulk upload endpoints ({@code /api/bulk/**}).
 *
 * @param maxBodySize     the largest body one upload may have; larger ones get {@code 413}. The body is
 *                        streamed, so this bounds the work and the transaction of one request, not memory
 * @param maxListedErrors how many invalid values a {@code 400} lists at most (it always says how many there
 *                        are in all)
 */
@ConfigurationProperties("trial.bulk")
@Validated
public record BulkProperties(
        @DefaultValue("1GB") @NotNull DataSize maxBodySize,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxListedErrors) {
}
