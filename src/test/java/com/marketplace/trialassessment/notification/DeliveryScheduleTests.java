package com.marketplace.trialassessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry schedule of a delivery, attempt by attempt (issue 15 and the contract's "about" figures). */
class DeliveryScheduleTests {

    static final Instant FIRST = Instant.parse("2026-12-01T02:00:00Z");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                      attempts, failed at (after the first), Retry-After, next attempt (after the first)
            the first retry comes 5 s later,              1,        PT0S,          -,      PT5S
            the second 5 min after that,                  2,        PT5S,          -,      PT5M5S
            the third 30 min after that,                  3,        PT5M5S,        -,      PT35M5S
            the fourth 2 h after that,                    4,        PT35M5S,       -,      PT2H35M5S
            the fifth 5 h after that,                     5,        PT2H35M5S,     -,      PT7H35M5S
            the sixth 10 h after that,                    6,        PT7H35M5S,     -,      PT17H35M5S
            then daily,                                   7,        PT17H35M5S,    -,      PT41H35M5S
            daily again,                                  8,        PT41H35M5S,    -,      PT65H35M5S
            a last attempt when the three days end,       9,        PT65H35M5S,    -,      PT72H
            none after the three days,                    10,       PT72H,         -,      -
            Retry-After longer than the backoff waits,    1,        PT0S,          PT2M,   PT2M
            Retry-After shorter than the backoff is not sooner, 2, PT5S,           PT1S,   PT5M5S
            Retry-After never past the three days,        3,        PT1H,          PT100H, PT72H
            """)
    void triesAgainOnTheSchedule(String description, int attempts, Duration failedAt, Duration retryAfter,
            Duration next) {
        Optional<Instant> planned = DeliverySchedule.next(attempts, FIRST, FIRST.plus(failedAt),
                Optional.ofNullable(retryAfter));

        assertThat(planned).isEqualTo(Optional.ofNullable(next).map(FIRST::plus));
    }
}
