package com.marketplace.trialassessment.rules;

import java.time.LocalDate;

/**
 * A rectification period: the 90 days from the day the warning was given; its review is due the day
 * after.
 *
 * @param assessedYear the year whose failed assessment warned the store; the review uses its agreement
 */
public record Rectification(int assessedYear, DateRange period, LocalDate reviewDue) {

    static Rectification warnedOn(int assessedYear, LocalDate warnedOn) {
        return new Rectification(assessedYear, FormalYears.rectificationPeriod(warnedOn),
                FormalYears.reviewDue(warnedOn));
    }
}
