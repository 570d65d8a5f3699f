/**
 * The rule book as plain Java: facts in, a decision out. Nothing here knows Spring, JPA or HTTP
 * (checked by {@code RulesArePlainJavaTests}). Each requirement is one policy; {@link
 * com.marketplace.trialassessment.assessment.rules.CheckpointRules} combines them, and {@link
 * com.marketplace.trialassessment.assessment.rules.TrialProgress} says which checkpoints are next.
 */
@org.springframework.modulith.NamedInterface("rules")
package com.marketplace.trialassessment.assessment.rules;
