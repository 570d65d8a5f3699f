/**
 * Categories and their versioned per-checkpoint targets, each version with the agreement's optional
 * annual standard and fee terms. A store's trial is assessed against the version in force on its
 * launch date; versions are never edited.
 */
package com.marketplace.trialassessment.category;
