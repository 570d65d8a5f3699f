package com.marketplace.trialassessment.data;

import java.nio.file.Path;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
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
 * @param maxBodySize          the largest body one upload may have; larger ones get {@code 413}. The body is
 *                             streamed, so this bounds the work, the spool file and the transaction of one
 *                             request, not memory
 * @param maxListedErrors      how many invalid values a {@code 400} lists at most (it always says how many there
 *                             are in all)
 * @param maxConcurrentUploads how many uploads this instance takes at once; one more answers {@code 503} with
 *                             {@code Retry-After} before its body is read. Keep it well below the connection pool
 * @param idleTimeout          the longest wait for the next bytes of a request body; a body that stalls longer
 *                             answers {@code 408}. It is Tomcat's upload timeout, so it holds for every request
 *                             body, not only the bulk ones
 * @param maxReadTime          the longest a bulk body may take to arrive in all, however steadily it trickles;
 *                             a slower one answers {@code 408} (checked as bytes arrive, so at most
 *                             {@code idleTimeout} later)
 * @param spoolDirectory       where bodies are spooled before they go to the database; {@code null}: the
 *                             system's temporary directory
 */
@ConfigurationProperties("trial.bulk")
@Validated
public record BulkProperties(
        @DefaultValue("1GB") @NotNull DataSize maxBodySize,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxListedErrors,
        @DefaultValue("4") @Min(1) @Max(1_000) int maxConcurrentUploads,
        @DefaultValue("20s") @NotNull @DurationMin(millis = 1) Duration idleTimeout,
        @DefaultValue("10m") @NotNull @DurationMin(millis = 1) Duration maxReadTime,
        Path spoolDirectory) {
}
