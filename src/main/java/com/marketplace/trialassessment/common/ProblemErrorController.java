package com.marketplace.trialassessment.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The container's error page ({@code server.error.path}, {@code /error}) in place of Spring Boot's,
 * whose JSON is no problem document and which answers a direct {@code GET /error} with {@code 500}
 * and {@code "status": 999}. An error the container forwards here (a {@code sendError} or an
 * exception that escaped the filters) keeps its status, as a problem; the exception itself has been
 * logged where it was thrown. Asked for directly, {@code /error} is a path like any unknown one:
 * {@code 404}. The answer never depends on the client's {@code Accept}; its words are in the language
 * of its {@code Accept-Language}.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final MessageSource messages;

    ProblemErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) throws NoResourceFoundException {
        if (request.getDispatcherType() != DispatcherType.ERROR
                || !(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
                    request.getRequestURI().substring(1));
        }
        // the DispatcherServlet has set the request's language (ClientLanguage)
        Locale locale = LocaleContextHolder.getLocale();
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseFailures.isUnavailable(failure)) {
            // a filter's own database work failed (an Idempotency-Key taken, say): as in the API, 503
            ProblemDetail problem = ProblemLanguage.problem(messages, HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.UNAVAILABLE, CommonMessages.TITLE_UNAVAILABLE, CommonMessages.DATABASE_UNAVAILABLE,
                    locale);
            problem.setInstance(instance(request));
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.CONTENT_LANGUAGE, ProblemLanguage.contentLanguage(locale))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseFailures.RETRY_AFTER.toSeconds()))
                    .body(problem);
        }
        ProblemDetail problem = ProblemResponses.forStatus(status, messages, locale);
        problem.setInstance(instance(request));
        if (problem.getStatus() >= 500) {
            log.warn("Error page for {} {}: {}", request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status);
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemLanguage.contentLanguage(locale)).body(problem);
    }

    /** The path the client asked for, not the error page's; {@code /error} when it is no URI. */
    private static URI instance(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                return new URI(path);
            }
            catch (URISyntaxException notAUri) {
                // left to Spring MVC, which names the error page
            }
        }
        return null;
    }
}
