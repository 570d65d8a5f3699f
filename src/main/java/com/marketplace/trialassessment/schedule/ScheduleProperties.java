package com.marketplace.trialassessment.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param enabled        whether this instance runs the daily evaluation on its own
 * @param cron           when, in the business zone ({@code trial.zone}); default 02:00 every day
 * @param catchUpOnStart on start-up, run at once when no run has completed today after the
 *                       scheduled time (the service was down at the time)
 * @param chunkSize      stores claimed, loaded and decided together, in one transaction
 * @param workers        threads of one run, each claiming and deciding chunks of its own: while one
 *                       waits for PostgreSQL the other computes, so two keep both sides busy
 * @param claimLease     how long a claim protects a store from other runs; a crashed run's stores
 *                       are claimed again after it
 * @param heartbeatTimeout a run that has recorded nothing for this long is taken for dead and marked
 *                       {@code ABANDONED} (each chunk, or each store of a chunk decided one by one,
 *                       is a heartbeat); every instance checks once a minute
 * @param instanceId     names this instance in the runs it records; default host name and pid
 */
@ConfigurationProperties("trial.schedule")
@Validated
public record ScheduleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 2 * * *") @NotNull String cron,
        @DefaultValue("true") boolean catchUpOnStart,
        @DefaultValue("1000") @Min(1) @Max(5000) int chunkSize,
        @DefaultValue("2") @Min(1) @Max(16) int workers,
        @DefaultValue("10m") @NotNull Duration claimLease,
        @DefaultValue("2m") @NotNull Duration heartbeatTimeout,
        String instanceId) {
}
