package com.marketplace.trialassessment.common;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The language of the problems: every {@code title}, {@code detail} and {@code errors[].message} is a
 * text of the message bundles, said in the language the request's {@code Accept-Language} chooses
 * ({@link ClientLanguage}; English when it names none the API speaks), one language in one answer,
 * which {@code Content-Language} names. Inside Spring MVC the exception handler reads the language
 * from {@code LocaleContextHolder}, which the {@code DispatcherServlet} fills from the same resolver;
 * the filters and the container, which answer before it, ask here.
 */
@Component
public class ProblemLanguage {

    private static final Logger log = LoggerFactory.getLogger(ProblemLanguage.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemLanguage(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** The language to answer {@code request} in. */
    public Locale of(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /** The bundles. */
    MessageSource messages() {
        return messages;
    }

    /** {@code text} in the words of {@code locale}. */
    public String text(MessageSourceResolvable text, Locale locale) {
        return text(messages, text, locale);
    }

    /** A problem whose {@code title} and {@code detail} are said in the words of {@code locale}. */
    public ProblemDetail problem(HttpStatus status, URI type, MessageSourceResolvable title,
            MessageSourceResolvable detail, Locale locale) {
        return problem(messages, status, type, title, detail, locale);
    }

    /** The same, with {@code errors} naming the invalid values. */
    public ProblemDetail problem(HttpStatus status, URI type, MessageSourceResolvable title,
            MessageSourceResolvable detail, List<FieldProblem> errors, Locale locale) {
        ProblemDetail problem = problem(status, type, title, detail, locale);
        problem.setProperty("errors", errors.stream().map(error -> error.in(messages, locale)).toList());
        return problem;
    }

    /** Writes the problem as the answer, from a filter or the container: status, content type and language. */
    public void write(HttpServletResponse response, ProblemDetail problem, Locale locale) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage(locale));
        json.writeValue(response.getOutputStream(), problem);
    }

    /** {@code Content-Language} of an answer in {@code locale}: {@code en}, {@code zh-CN}. */
    public static String contentLanguage(Locale locale) {
        return locale.toLanguageTag();
    }

    static ProblemDetail problem(MessageSource messages, HttpStatus status, URI type, MessageSourceResolvable title,
            MessageSourceResolvable detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(messages, detail, locale));
        problem.setType(type);
        problem.setTitle(text(messages, title, locale));
        return problem;
    }

    /**
     * {@code text} in the words of {@code locale}. A code missing from the bundles is a defect (a test
     * checks that none is); the answer then shows the code rather than failing.
     */
    static String text(MessageSource messages, MessageSourceResolvable text, Locale locale) {
        try {
            return messages.getMessage(text, locale);
        }
        catch (NoSuchMessageException ex) {
            log.error("No text for {} in the message bundles", ProblemException.describe(text));
            return text.getCodes() == null || text.getCodes().length == 0 ? "" : text.getCodes()[0];
        }
    }

    /** A text already in the client's language: a Bean Validation message, interpolated from the bundles. */
    static MessageSourceResolvable said(String text) {
        return new DefaultMessageSourceResolvable(new String[0], text == null ? "" : text);
    }
}
