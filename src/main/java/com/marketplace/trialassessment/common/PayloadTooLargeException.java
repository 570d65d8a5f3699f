package com.marketplace.trialassessment.common;

import org.springframework.util.unit.DataSize;

/** The request body is larger than the endpoint accepts: {@code 413}. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(DataSize limit) {
        super(CommonMessages.BODY_OVER_LIMIT.with(limit.toBytes()));
    }
}
