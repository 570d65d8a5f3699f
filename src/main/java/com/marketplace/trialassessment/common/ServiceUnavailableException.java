package com.marketplace.trialassessment.common;

import java.time.Duration;

import org.springframework.context.MessageSourceResolvable;

/**
 * The service cannot take the request now but may in a while: {@code 503} with {@code Retry-After}.
 * Nothing of the request was done.
 */
public class ServiceUnavailableException extends ProblemException {

    private final Duration retryAfter;

    public ServiceUnavailableException(MessageSourceResolvable detail, Duration retryAfter) {
        super(detail);
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter must be positive, was " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait before it tries again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
