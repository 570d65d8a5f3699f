package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One day's sales of a store, CNY. */
record DailySale(LocalDate date, BigDecimal amount) implements DatedFigure {

    @Override
    @JsonIgnore
    public BigDecimal value() {
        return amount;
    }
}
