package com.marketplace.trialassessment.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock tests can move; "today" is a date in its zone (the business zone). */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant instant;

    public MutableClock(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /** Sets the clock to 10:00 on {@code date} in the business zone. */
    public void setToday(LocalDate date) {
        this.instant = ZonedDateTime.of(date, LocalTime.of(10, 0), zone).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant, zone);
    }

    public void set(Instant instant) {
        this.instant = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
