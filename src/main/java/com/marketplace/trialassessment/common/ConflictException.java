package com.marketplace.trialassessment.common;

/** The request clashes with the current state of a resource: {@code 409}. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
