package com.marketplace.trialassessment.common;

/** The caller's role allows the request, but not on what it names (403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
