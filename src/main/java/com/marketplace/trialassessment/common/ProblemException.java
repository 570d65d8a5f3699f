package com.marketplace.trialassessment.common;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * An exception that becomes a problem whose {@code detail} is a text of the message bundles: it is
 * that text ({@link MessageSourceResolvable}), said in the client's language by
 * {@code ApiExceptionHandler}. Its {@link #getMessage()} names the code and arguments, for logs.
 */
public abstract class ProblemException extends RuntimeException implements MessageSourceResolvable {

    private final MessageSourceResolvable detail;

    protected ProblemException(MessageSourceResolvable detail) {
        super(describe(detail));
        this.detail = detail;
    }

    @Override
    public String[] getCodes() {
        return detail.getCodes();
    }

    @Override
    public Object[] getArguments() {
        return detail.getArguments();
    }

    /** The text of the problem's {@code detail}. */
    public MessageSourceResolvable detail() {
        return detail;
    }

    static String describe(MessageSourceResolvable text) {
        String codes = String.join(", ", text.getCodes() == null ? new String[0] : text.getCodes());
        return text.getArguments() == null || text.getArguments().length == 0 ? codes
                : codes + " " + Arrays.toString(text.getArguments());
    }
}
