package com.marketplace.trialassessment.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.common.ProblemLanguage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes 401 and 403 as RFC 9457 problems, from the security filters (before Spring MVC), in the
 * request's language ({@link ProblemLanguage}).
 */
@Component
class ProblemWriter {

    static final URI UNAUTHORIZED = URI.create("urn:trial-assessment:problem:unauthorized");
    static final URI FORBIDDEN = URI.create("urn:trial-assessment:problem:forbidden");

    private final ProblemLanguage language;

    ProblemWriter(ProblemLanguage language) {
        this.language = language;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            MessageSourceResolvable title, MessageSourceResolvable detail) throws IOException {
        Locale locale = language.of(request);
        language.write(response, language.problem(status, type, title, detail, locale), locale);
    }
}
