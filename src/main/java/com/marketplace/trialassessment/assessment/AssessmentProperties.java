package com.marketplace.trialassessment.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * @param generalPointsBar compliance fails when GENERAL violation points reach this many
 */
@ConfigurationProperties("trial.assessment")
@Validated
public record AssessmentProperties(@DefaultValue("12") @Min(1) int generalPointsBar) {
}
