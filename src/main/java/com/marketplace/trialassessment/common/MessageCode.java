package com.marketplace.trialassessment.common;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A text the API answers with (a problem's {@code title}, {@code detail} or an {@code errors[].message}),
 * kept in the message bundles ({@code messages.properties}, {@code messages_zh_CN.properties}) under
 * {@link #code()} and said in the client's language ({@link ProblemLanguage}). Each module lists its
 * codes as the constants of one enum implementing this ({@code StoreMessages}, …), so that a test can
 * check that both bundles hold every one of them.
 * <p>
 * A text without arguments is written in the bundles as it reads; one with arguments is a
 * {@link java.text.MessageFormat} pattern ({@code {0}}, and {@code ''} for an apostrophe).
 */
public interface MessageCode extends MessageSourceResolvable {

    /** The key of the text in the bundles. */
    String code();

    @Override
    default String[] getCodes() {
        return new String[] {code()};
    }

    /**
     * The text with its arguments. They are written as {@code String.valueOf} writes them (an id, a
     * date, an amount's plain digits as the caller gives them), never in a locale's number or date
     * format: {@code 12345} stays {@code 12345}, not {@code 12,345}. A text as an argument (another
     * code's) is said in the same language.
     */
    default MessageSourceResolvable with(Object... arguments) {
        Object[] texts = Arrays.stream(arguments)
                .map(argument -> argument instanceof MessageSourceResolvable text ? text : String.valueOf(argument))
                .toArray();
        return new DefaultMessageSourceResolvable(getCodes(), texts);
    }
}
