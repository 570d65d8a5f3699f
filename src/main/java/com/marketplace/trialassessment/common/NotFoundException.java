package com.marketplace.trialassessment.common;

/** A resource named by the client does not exist: {@code 404}. */
public class NotFoundException extends ProblemException {

    /** {@code code} says which resource does not exist ({@code Store {0} does not exist}), with its id. */
    public NotFoundException(MessageCode code, Object id) {
        super(code.with(id));
    }
}
