package com.marketplace.trialassessment.support;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.marketplace.trialassessment.common.BusinessProperties;

/** Replaces the system clock with a {@link MutableClock}, starting on 2026-11-22 in the business zone. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 22);

    @Bean
    @Primary
    MutableClock testClock(BusinessProperties properties) {
        MutableClock clock = new MutableClock(java.time.Instant.EPOCH, properties.zone());
        clock.setToday(DEFAULT_TODAY);
        return clock;
    }
}
