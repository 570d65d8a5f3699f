package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A snapshot of a store's basic service assessment score, 0.00..5.00. */
record ServiceScore(LocalDate date, BigDecimal score) implements DatedFigure {

    @Override
    @JsonIgnore
    public BigDecimal value() {
        return score;
    }
}
