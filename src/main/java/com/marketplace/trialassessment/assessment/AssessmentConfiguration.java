package com.marketplace.trialassessment.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.marketplace.trialassessment.rules.CheckpointRules;
import com.marketplace.trialassessment.rules.CompliancePolicy;

@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    CheckpointRules checkpointRules(AssessmentProperties properties) {
        return new CheckpointRules(new CompliancePolicy(properties.generalPointsBar()));
    }
}
