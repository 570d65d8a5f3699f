package com.marketplace.trialassessment;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The features only use each other's published types, and nothing depends in a cycle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TrialAssessmentApplication.class);

    @Test
    void featureModulesRespectTheirBoundaries() {
        modules.verify();
    }
}
