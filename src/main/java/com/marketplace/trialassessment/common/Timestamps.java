package com.marketplace.trialassessment.common;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Instants are shown to clients with the business zone's offset ({@code 2026-09-27T02:00:03+08:00}). */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * Now, to the microsecond: what PostgreSQL's {@code timestamptz} keeps, so that an answer given
     * right after a write shows the same instant as every later read.
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime inBusinessZone(Instant instant, Clock clock) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, clock.getZone());
    }
}
