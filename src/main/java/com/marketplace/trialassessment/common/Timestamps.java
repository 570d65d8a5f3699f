package com.marketplace.trialassessment.common;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Instants are shown to clients with the business zone's offset ({@code 2026-09-27T02:00:03+08:00}). */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime inBusinessZone(Instant instant, Clock clock) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, clock.getZone());
    }
}
