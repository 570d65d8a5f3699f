package com.marketplace.trialassessment.data;

/** The answer to a batch: how many rows were stored. */
record StoredCount(long stored) {
}
