package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A figure reported for one calendar day of one store: a day's sales or a score snapshot. */
interface DatedFigure {

    LocalDate date();

    BigDecimal value();
}
