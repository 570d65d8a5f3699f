package com.marketplace.trialassessment.idempotency;

import java.util.Arrays;

/** The first answer to a request with an {@code Idempotency-Key}, as a retry gets it again. */
record StoredAnswer(byte[] fingerprint, int status, String location, String contentType, byte[] body) {

    boolean answers(byte[] request) {
        return Arrays.equals(fingerprint, request);
    }
}
