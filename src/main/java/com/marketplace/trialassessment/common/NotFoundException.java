package com.marketplace.trialassessment.common;

/** A resource named by the client does not exist: {@code 404}. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " does not exist");
    }
}
