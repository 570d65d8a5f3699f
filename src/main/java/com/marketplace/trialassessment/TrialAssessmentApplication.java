package com.marketplace.trialassessment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrialAssessmentApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrialAssessmentApplication.class, args);
    }
}
