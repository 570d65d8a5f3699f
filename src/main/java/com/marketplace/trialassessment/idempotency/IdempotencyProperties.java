package com.marketplace.trialassessment.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long the answer to a request with an {@code Idempotency-Key} is kept; at least
 *                  {@link #MINIMUM_RETENTION}, which the API promises its clients
 */
@ConfigurationProperties("trial.idempotency")
record IdempotencyProperties(@DefaultValue("48h") Duration retention) {

    static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

    IdempotencyProperties {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("trial.idempotency.retention must be at least 24h, was " + retention);
        }
    }
}
