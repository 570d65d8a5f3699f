package com.marketplace.trialassessment.assessment;

import java.time.LocalDate;

import com.marketplace.trialassessment.rules.Checkpoint;

/** The facts of one store for one checkpoint are wanted. */
public record FactsRequest(long storeId, LocalDate launchDate, Checkpoint checkpoint) {
}
