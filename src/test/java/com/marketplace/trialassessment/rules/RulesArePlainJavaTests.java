package com.marketplace.trialassessment.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The rule book stays plain Java: no Spring, JPA, HTTP or other feature of the service in it. */
class RulesArePlainJavaTests {

    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.marketplace.trialassessment.rules");

    @Test
    void rulesDependOnlyOnTheJavaPlatform() {
        classes().that().resideInAPackage("..rules..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..rules..")
                .check(rules);
    }
}
