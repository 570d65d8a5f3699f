package com.marketplace.trialassessment.common;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A {@code Content-Type} with a wildcard ({@code *}{@code /*}, {@code application/*}) names no media
 * type a body can have; it answers {@code 415}. Spring's request wrapper refuses to expose such a
 * header and throws wherever its headers are read (reading a body, building a link), which without
 * this filter answered {@code 500} (spring-projects/spring-framework#27957). A type that does not
 * parse at all is left to Spring MVC, which answers {@code 415} itself. Runs after the security
 * filters, so a caller without a valid token still gets {@code 401} first.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class ConcreteContentTypeFilter extends OncePerRequestFilter {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final ProblemLanguage language;

    ConcreteContentTypeFilter(ProblemLanguage language) {
        this.language = language;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isWildcard(request.getContentType())) {
            Locale locale = language.of(request);
            language.write(response, language.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ABOUT_BLANK,
                    CommonMessages.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE), CommonMessages.CONTENT_TYPE_WILDCARD,
                    locale), locale);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isWildcard(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        }
        catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }
}
