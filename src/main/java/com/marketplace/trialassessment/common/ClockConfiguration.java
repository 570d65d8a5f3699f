package com.marketplace.trialassessment.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" and "today": a clock in the business zone. Tests replace it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(BusinessProperties properties) {
        return Clock.system(properties.zone());
    }
}
