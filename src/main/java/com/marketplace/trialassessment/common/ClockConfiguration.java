package com.marketplace.trialassessment.common;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" and "today": a clock in the business zone that ticks in microseconds, the
 * precision PostgreSQL keeps (see {@link Timestamps#now(Clock)}). Tests replace it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(BusinessProperties properties) {
        return Clock.tick(Clock.system(properties.zone()), Duration.ofNanos(1_000));
    }
}
