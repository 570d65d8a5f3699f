package com.marketplace.trialassessment.common;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of the database's health check ({@code db} in {@code /actuator/health}).
 *
 * @param databaseTimeout how long the check waits for the database to answer before it reports
 *                        {@code DOWN}; a reachable database answers in milliseconds
 */
@ConfigurationProperties("trial.health")
@Validated
public record DatabaseHealthProperties(
        @DefaultValue("500ms") @NotNull @DurationMin(millis = 1) Duration databaseTimeout) {
}
