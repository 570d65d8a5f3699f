package com.marketplace.trialassessment.common;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages the API speaks, English ({@code messages.properties}) and Simplified Chinese
 * ({@code messages_zh_CN.properties}), and which of them a request is answered in: the first language
 * of its {@code Accept-Language} (in the client's order of preference) that the API speaks, matched by
 * language alone, so {@code zh}, {@code zh-TW} or {@code zh-Hans-CN} get Chinese and {@code en-GB}
 * English; English when the header is missing, cannot be read or names none of them. Never the JVM's
 * default locale, so a server set up in Chinese still answers English by default
 * ({@code spring.messages.fallback-to-system-locale: false} keeps the bundles from falling back to it too).
 * Spring's {@link AcceptHeaderLocaleResolver}, with these locales and English as its default, but
 * matching by language: its own matching takes {@code zh-TW} for no language it supports.
 */
@Configuration(proxyBeanMethods = false)
class ClientLanguage {

    static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    /** How much of an {@code Accept-Language} header is read. */
    static final int MAX_HEADER = 256;

    /** Spring MVC's resolver (the {@code DispatcherServlet} finds it by name), used by the filters too. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new Resolver();
    }

    /**
     * The ranges within the header's first {@value #MAX_HEADER} characters: plenty for any browser's
     * list, and a hostile header costs no more to read than that (parsing grows with the square of
     * the number of ranges).
     */
    static String firstRanges(String header) {
        if (header.length() <= MAX_HEADER) {
            return header;
        }
        int lastComma = header.lastIndexOf(',', MAX_HEADER);
        return header.substring(0, lastComma > 0 ? lastComma : MAX_HEADER);
    }

    static final class Resolver extends AcceptHeaderLocaleResolver {

        Resolver() {
            setSupportedLocales(SPOKEN);
            setDefaultLocale(Locale.ENGLISH);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            String header = String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT_LANGUAGE)));
            if (header.isBlank()) {
                return getDefaultLocale();
            }
            List<Locale.LanguageRange> asked;
            try {
                // highest quality first, in the header's order; read here rather than by the container,
                // whose list falls back to the JVM's locale when it finds no language in the header
                asked = Locale.LanguageRange.parse(firstRanges(header));
            }
            catch (IllegalArgumentException unreadable) {
                return getDefaultLocale();
            }
            for (Locale.LanguageRange range : asked) {
                String language = range.getRange().split("-", 2)[0];
                if (range.getWeight() > 0) {
                    for (Locale spoken : getSupportedLocales()) {
                        if (spoken.getLanguage().equals(language)) {
                            return spoken;
                        }
                    }
                }
            }
            return getDefaultLocale();
        }
    }
}
