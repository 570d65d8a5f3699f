package com.marketplace.trialassessment;

import org.springframework.boot.SpringApplication;

import com.marketplace.trialassessment.support.PostgresTestConfiguration;

/**
 * {@code ./mvnw spring-boot:test-run}: the service on the test PostgreSQL (a container where Docker
 * runs, else a fresh schema), in the {@code local} profile for its tokens.
 */
public class TestTrialAssessmentApplication {

    public static void main(String[] args) {
        SpringApplication.from(TrialAssessmentApplication::main).with(PostgresTestConfiguration.class)
                .withAdditionalProfiles("local").run(args);
    }
}
