package com.marketplace.trialassessment.support;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles as the application reads them ({@code spring.messages.*}: {@code messages},
 * UTF-8, no fallback to the JVM's locale), for unit tests of code that answers with their texts.
 */
public final class MessageBundles {

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasename("messages");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
    }

    private MessageBundles() {
    }

    public static MessageSource messageSource() {
        return BUNDLES;
    }

    /** The text as an English answer says it. */
    public static String english(MessageSourceResolvable text) {
        return BUNDLES.getMessage(text, Locale.ENGLISH);
    }

    /** The text as a Chinese answer says it. */
    public static String chinese(MessageSourceResolvable text) {
        return BUNDLES.getMessage(text, Locale.SIMPLIFIED_CHINESE);
    }
}
