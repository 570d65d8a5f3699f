package com.marketplace.trialassessment.common;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The one source of "now" and "today": a clock in the business zone that ticks in microseconds, the
 * precision PostgreSQL keeps (see {@link Timestamps#now(Clock)}). Tests replace it.
 * <p>
 * With the rehearsal clock ({@code trial.business-clock.offset}, {@link BusinessClockProperties}) it
 * runs that many days ahead of the real time, in the {@code local} profile only: anywhere else the
 * service does not start. Token checks never use it; they keep the real time ({@code security}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    /** The profile of local use, the only one that takes a rehearsal clock. */
    static final String LOCAL_PROFILE = "local";

    private static final Duration MICROSECOND = Duration.ofNanos(1_000);

    @Bean
    Clock clock(BusinessProperties properties, BusinessClockProperties rehearsal, Environment environment) {
        Clock real = Clock.system(properties.zone());
        if (rehearsal.offset() == null) {
            return Clock.tick(real, MICROSECOND);
        }
        if (!environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            throw new IllegalStateException("trial.business-clock.offset (the rehearsal clock, " + rehearsal.offset()
                    + ") moves every business date and is for the 'local' profile only; remove it, or run the "
                    + "'local' profile to rehearse the calendar");
        }
        // whole days of 24 hours: the time of day stays the real one, so the daily run keeps its hour
        Clock shifted = Clock.tick(Clock.offset(real, Duration.ofDays(rehearsal.offset().getDays())), MICROSECOND);
        log.warn("Rehearsal clock: the business clock runs {} ahead of the real time; today is {} in {}",
                rehearsal.offset(), LocalDate.now(shifted), shifted.getZone());
        return shifted;
    }
}
