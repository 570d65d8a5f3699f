/**
 * Stores on trial: registration, the agreement (target version) they are assessed against, and
 * their status, which changes only through {@link com.marketplace.trialassessment.store.Store}'s
 * named methods, or, for the daily run's many stores at once, through
 * {@link com.marketplace.trialassessment.store.StoreCatalog#recordRunTransitions}, which makes the same
 * two transitions from TRIAL set-based.
 */
package com.marketplace.trialassessment.store;
