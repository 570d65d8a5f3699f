package com.marketplace.trialassessment.common;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Problems written where Spring MVC's exception handling does not reach: by filters and by the container. */
final class ProblemResponses {

    static final String MALFORMED_TITLE = "Malformed request";
    /** What every {@code 400} says for a request that cannot be read as HTTP, whichever part refuses it. */
    static final String MALFORMED_DETAIL = "The request cannot be read: its request line, path, headers or framing "
            + "are malformed";

    private ProblemResponses() {
    }

    static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /**
     * The problem that says no more than a status, for errors the container reports: a malformed
     * request, a body too large, an internal error, or the status's reason phrase.
     */
    static ProblemDetail forStatus(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return switch (status) {
            case BAD_REQUEST -> problem(status, ProblemTypes.MALFORMED_REQUEST, MALFORMED_TITLE, MALFORMED_DETAIL);
            case CONTENT_TOO_LARGE -> problem(status, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    "The request body is larger than the service accepts");
            case INTERNAL_SERVER_ERROR -> problem(status, ProblemTypes.INTERNAL, "Internal error",
                    "The service could not complete the request; it has been logged");
            default -> problem(status, URI.create("about:blank"), status.getReasonPhrase(),
                    "The request cannot be answered: " + status.value() + " " + status.getReasonPhrase());
        };
    }

    static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
