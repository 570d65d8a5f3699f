package com.marketplace.trialassessment.assessment.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The rule book stays plain Java: no Spring, JPA, HTTP or other feature of the service in it. */
class RulesArePlainJavaTests {

    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.marketplace.trialassessment.assessment.rules");

    @Test
    void rulesDependOnlyOnTheJavaPlatform() {
        classes().that().resideInAPackage("..assessment.rules..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..assessment.rules..")
                .check(rules);
    }
}
