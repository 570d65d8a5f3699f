package com.marketplace.trialassessment.common;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problems written where Spring MVC's exception handling does not reach: by filters and by the container. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * The problem that says no more than a status, for errors the container reports: a malformed
     * request, a body too large, an internal error, or the status's name, in the words of {@code locale}.
     * A code that names no error status is answered as {@code 400} below 500, else as {@code 500}.
     */
    static ProblemDetail forStatus(int code, MessageSource messages, Locale locale) {
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null || !status.isError()) {
            status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return switch (status) {
            case BAD_REQUEST -> ProblemLanguage.problem(messages, status, ProblemTypes.MALFORMED_REQUEST,
                    CommonMessages.TITLE_MALFORMED_REQUEST, CommonMessages.REQUEST_UNREADABLE, locale);
            case CONTENT_TOO_LARGE -> ProblemLanguage.problem(messages, status, ProblemTypes.PAYLOAD_TOO_LARGE,
                    CommonMessages.TITLE_PAYLOAD_TOO_LARGE, CommonMessages.BODY_TOO_LARGE, locale);
            case INTERNAL_SERVER_ERROR -> ProblemLanguage.problem(messages, status, ProblemTypes.INTERNAL,
                    CommonMessages.TITLE_INTERNAL, CommonMessages.INTERNAL, locale);
            default -> ProblemLanguage.problem(messages, status, URI.create("about:blank"),
                    CommonMessages.status(status), CommonMessages.STATUS_ONLY.with(status.value(),
                            CommonMessages.status(status)), locale);
        };
    }
}
