package com.marketplace.trialassessment.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The API promises clients that a key is kept at least 24 hours; a shorter retention does not start. */
class IdempotencyPropertiesTests {

    @Test
    void refusesARetentionShorterThan24Hours() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IdempotencyProperties(Duration.ofHours(23)))
                .withMessageContaining("at least 24h");
    }

    @Test
    void acceptsARetentionOf24HoursOrMore() {
        assertThat(new IdempotencyProperties(Duration.ofHours(24)).retention()).isEqualTo(Duration.ofHours(24));
        assertThat(new IdempotencyProperties(Duration.ofDays(7)).retention()).isEqualTo(Duration.ofDays(7));
    }
}
