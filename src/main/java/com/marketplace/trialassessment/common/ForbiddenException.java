package com.marketplace.trialassessment.common;

/** The caller's role allows the request, but not on what it names (403). */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(MessageCode code, Object... arguments) {
        super(code.with(arguments));
    }
}
