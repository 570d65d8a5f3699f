package com.marketplace.trialassessment.common;

import org.springframework.context.MessageSourceResolvable;

/** The request clashes with the current state of a resource: {@code 409}. */
public class ConflictException extends ProblemException {

    public ConflictException(MessageCode code, Object... arguments) {
        this(code.with(arguments));
    }

    public ConflictException(MessageSourceResolvable detail) {
        super(detail);
    }
}
