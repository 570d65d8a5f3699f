package com.marketplace.trialassessment.common;

/** The client sent the request body too slowly, and it was not read to its end: {@code 408}. */
public class RequestTimeoutException extends ProblemException {

    public RequestTimeoutException(MessageCode code, Object... arguments) {
        super(code.with(arguments));
    }
}
