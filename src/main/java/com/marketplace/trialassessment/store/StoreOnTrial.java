package com.marketplace.trialassessment.store;

import java.time.LocalDate;

import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * What the daily run needs of a store, read without loading the entity: the run decides thousands
 * of stores at once, and only reads these four columns.
 */
public record StoreOnTrial(long id, LocalDate launchDate, StoreStatus status, long targetVersionId) {
}
