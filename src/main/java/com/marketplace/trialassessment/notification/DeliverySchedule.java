package com.marketplace.trialassessment.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a delivery that did not succeed is tried again: about 5 s, 5 min, 30 min, 2 h, 5 h and 10 h
 * after the attempts before, then daily, until three days after the first attempt; a receiver's
 * {@code Retry-After} (on 429 or 503) moves the next attempt later, never earlier, and never past the
 * three days, where one last attempt is made. After that the delivery has failed (it may still be
 * retried by hand).
 */
public final class DeliverySchedule {

    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10));
    static final Duration THEN = Duration.ofDays(1);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(3);

    private DeliverySchedule() {
    }

    /**
     * The next attempt after attempt number {@code attempts} (1 for the first) failed at {@code now};
     * empty when the delivery has failed for good.
     *
     * @param firstAttempt when the first attempt was made
     * @param retryAfter   the receiver's {@code Retry-After}, if it sent one with 429 or 503
     */
    public static Optional<Instant> next(int attempts, Instant firstAttempt, Instant now, Optional<Duration> retryAfter) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1");
        }
        Duration wait = attempts <= BACKOFF.size() ? BACKOFF.get(attempts - 1) : THEN;
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get();
        }
        Instant next = now.plus(wait);
        Instant giveUp = firstAttempt.plus(GIVE_UP_AFTER);
        if (next.isAfter(giveUp)) {
            // one last attempt when the three days end, none after them
            return now.isBefore(giveUp) ? Optional.of(giveUp) : Optional.empty();
        }
        return Optional.of(next);
    }
}
