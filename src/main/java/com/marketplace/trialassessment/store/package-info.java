/**
 * Stores on trial: registration, the agreement (target version) they are assessed against, and
 * their status, which changes only through {@link com.marketplace.trialassessment.store.Store}'s
 * named methods.
 */
package com.marketplace.trialassessment.store;
