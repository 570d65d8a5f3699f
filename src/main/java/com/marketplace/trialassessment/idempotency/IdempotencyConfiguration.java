package com.marketplace.trialassessment.idempotency;

import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Puts {@link IdempotencyFilter} after Spring Security's filters (order -100). Through a proxy that
 * looks the filter up at the first request, like Spring Security's own filter chain: a filter bean is
 * otherwise created when the web server starts, and would bring the transaction manager and the data
 * source up with it, before the rest of the context (the tests' per-context database settings among it).
 * <p>
 * The hourly clean-up of old keys ({@link IdempotencyKeys#deleteExpired()}) runs on every instance,
 * also one with {@code trial.schedule.enabled=false}, which only turns off the daily evaluation run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    @Bean
    DelegatingFilterProxyRegistrationBean idempotencyFilterRegistration() {
        DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean(
                IdempotencyFilter.NAME);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
