package com.marketplace.trialassessment.common;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rehearsal clock, for trying out the rules in the {@code local} profile (refused in any other,
 * {@link ClockConfiguration}): the business clock runs {@code offset} ahead of the real one.
 *
 * @param offset a whole number of days, such as {@code P91D} (also {@code P13W}, {@code 91d} or
 *               {@code 91}), from {@code P0D} to {@link #LONGEST}; none: the business clock is the
 *               real one. Months and years are refused: their length varies, so a clock shifted by
 *               one would jump back at the end of a short month
 */
@ConfigurationProperties("trial.business-clock")
record BusinessClockProperties(Period offset) {

    /** About ten years: room for any rehearsal, and far from the dates the database can keep. */
    static final Period LONGEST = Period.ofDays(3660);

    BusinessClockProperties {
        if (offset != null) {
            if (offset.toTotalMonths() != 0) {
                throw new IllegalArgumentException("trial.business-clock.offset must be a number of days (P91D, P13W "
                        + "or 91d), not months or years, whose length varies: write P365D for a year; was " + offset);
            }
            if (offset.isNegative()) {
                throw new IllegalArgumentException("trial.business-clock.offset must not be negative: the business "
                        + "clock can only run ahead of the real one; was " + offset);
            }
            if (offset.getDays() > LONGEST.getDays()) {
                throw new IllegalArgumentException("trial.business-clock.offset must be at most " + LONGEST + "; was "
                        + offset);
            }
        }
    }
}
