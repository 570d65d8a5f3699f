/**
 * Deciding checkpoints: loads a store's facts with set-based SQL, applies the rules of
 * {@code assessment.rules}, keeps every verdict with the figures it used, and moves the store
 * through TRIAL → FORMAL / TERMINATED. Also re-evaluation after appeals.
 */
package com.marketplace.trialassessment.assessment;
