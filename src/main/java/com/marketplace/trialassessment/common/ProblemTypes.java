package com.marketplace.trialassessment.common;

import java.net.URI;

/** The problem {@code type} URIs this service answers with; docs/api.md explains each. */
public final class ProblemTypes {

    public static final URI VALIDATION = URI.create("urn:trial-assessment:problem:validation");
    public static final URI MALFORMED_BODY = URI.create("urn:trial-assessment:problem:malformed-body");
    /** The request itself cannot be read: its path, query string, headers or framing. */
    public static final URI MALFORMED_REQUEST = URI.create("urn:trial-assessment:problem:malformed-request");
    public static final URI FORBIDDEN = URI.create("urn:trial-assessment:problem:forbidden");
    public static final URI NOT_FOUND = URI.create("urn:trial-assessment:problem:not-found");
    public static final URI CONFLICT = URI.create("urn:trial-assessment:problem:conflict");
    public static final URI UNPROCESSABLE = URI.create("urn:trial-assessment:problem:unprocessable");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:trial-assessment:problem:payload-too-large");
    public static final URI REQUEST_TIMEOUT = URI.create("urn:trial-assessment:problem:request-timeout");
    public static final URI UNAVAILABLE = URI.create("urn:trial-assessment:problem:unavailable");
    public static final URI INTERNAL = URI.create("urn:trial-assessment:problem:internal");

    private ProblemTypes() {
    }
}
