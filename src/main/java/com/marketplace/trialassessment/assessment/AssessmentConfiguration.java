package com.marketplace.trialassessment.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.marketplace.trialassessment.rules.AnnualRules;
import com.marketplace.trialassessment.rules.CheckpointRules;
import com.marketplace.trialassessment.rules.CompliancePolicy;
import com.marketplace.trialassessment.rules.LifeEvaluation;

/** The rules, built once with the service's settings, for every feature that asks them. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    CompliancePolicy compliancePolicy(AssessmentProperties properties) {
        return new CompliancePolicy(properties.generalPointsBar());
    }

    @Bean
    CheckpointRules checkpointRules(CompliancePolicy compliance) {
        return new CheckpointRules(compliance);
    }

    @Bean
    AnnualRules annualRules(CompliancePolicy compliance) {
        return new AnnualRules(compliance);
    }

    @Bean
    LifeEvaluation lifeEvaluation(CheckpointRules rules, AnnualRules annualRules) {
        return new LifeEvaluation(rules, annualRules);
    }
}
