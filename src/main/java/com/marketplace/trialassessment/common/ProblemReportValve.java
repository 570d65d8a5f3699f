package com.marketplace.trialassessment.common;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.ExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report as an RFC 9457 problem instead of its HTML page. Tomcat answers by itself,
 * before any filter or servlet runs, the requests it cannot read: a path with {@code %2F},
 * {@code %00} or bytes that are not UTF-8, headers over the size limit, a bad {@code Content-Length}
 * or chunk, a malformed request line. Its report never says more than the status: no message, no
 * server name, no stack trace. Tomcat's {@code 501} for a transfer coding it does not know and its
 * {@code 505} for an HTTP version it does not speak become {@code 400}: the request is malformed. Errors that reach the application's error page
 * ({@link ProblemErrorController}) never get here, since that page has written the answer already.
 */
class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;
    private final ProblemLanguage language;

    ProblemReportValve(JsonMapper json, ProblemLanguage language) {
        this.json = json;
        this.language = language;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // the conditions of Tomcat's own report: an error, nothing written yet, not reported before
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == HttpStatus.NOT_IMPLEMENTED.value() || status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value()) {
            // Tomcat's answers to a transfer coding or an HTTP version it does not know: the client's
            // doing, so a 4xx, not a server error that pages operators and invites retries
            status = HttpStatus.BAD_REQUEST.value();
            response.setStatus(status);
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            // the request's language, from whatever of its headers Tomcat could read (none: English)
            Locale locale = language.of(request);
            String body = json.writeValueAsString(ProblemResponses.forStatus(status, language.messages(), locale));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ProblemLanguage.contentLanguage(locale));
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        }
        catch (Throwable ex) {
            ExceptionUtils.handleThrowable(ex);
        }
    }
}
