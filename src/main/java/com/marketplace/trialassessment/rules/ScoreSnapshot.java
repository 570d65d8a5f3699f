package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The store's basic service score as reported for one date. */
public record ScoreSnapshot(LocalDate date, BigDecimal score) {
}
