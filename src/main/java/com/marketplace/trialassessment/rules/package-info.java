/**
 * The rule book as plain Java: facts in, a decision out. Nothing here knows Spring, JPA, SQL or HTTP
 * (checked by {@code RulesArePlainJavaTests}), and nothing outside decides what is written here. Each
 * requirement is one policy; {@link com.marketplace.trialassessment.rules.CheckpointRules} combines
 * them, and {@link com.marketplace.trialassessment.rules.TrialProgress} says which checkpoints are next.
 * Every feature module may use it; it uses none of them.
 */
package com.marketplace.trialassessment.rules;
