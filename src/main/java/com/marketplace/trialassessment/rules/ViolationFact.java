package com.marketplace.trialassessment.rules;

import java.time.LocalDate;

/** A violation as the compliance rule sees it. */
public record ViolationFact(long id, LocalDate occurredOn, boolean serious, int points, boolean revoked) {
}
