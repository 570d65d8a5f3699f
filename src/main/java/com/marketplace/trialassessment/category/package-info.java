/**
 * Categories and their versioned per-checkpoint targets. A store is assessed against the version
 * in force on its launch date; versions are never edited.
 */
package com.marketplace.trialassessment.category;
