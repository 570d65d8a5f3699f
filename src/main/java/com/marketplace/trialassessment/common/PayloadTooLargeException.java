package com.marketplace.trialassessment.common;

import org.springframework.util.unit.DataSize;

/** The request body is larger than the endpoint accepts: {@code 413}. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(DataSize limit) {
        super("The request body exceeds the limit of " + limit.toBytes() + " bytes");
    }
}
