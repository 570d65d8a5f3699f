package com.marketplace.trialassessment.common;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * One invalid value of a request.
 *
 * @param field   the field's name or path ({@code amount}, {@code targets[1].salesTarget})
 * @param message what is wrong with it: a text of the message bundles, said in the client's language
 *                when the problem is written
 * @param index   the position in the submitted array, when the value is part of one
 * @param line    the line (from 1) of a streamed body ({@code text/csv}, NDJSON), when the value is on one
 */
public record FieldProblem(String field, MessageSourceResolvable message, Integer index, Long line) {

    public FieldProblem(String field, MessageSourceResolvable message, Integer index) {
        this(field, message, index, null);
    }

    public static FieldProblem of(String field, MessageSourceResolvable message) {
        return new FieldProblem(field, message, null, null);
    }

    public static FieldProblem atRow(int index, String field, MessageSourceResolvable message) {
        return new FieldProblem(field, message, index, null);
    }

    public static FieldProblem atLine(long line, String field, MessageSourceResolvable message) {
        return new FieldProblem(field, message, null, line);
    }

    /** This problem as the client reads it, its message in the words of {@code locale}. */
    FieldMessage in(MessageSource messages, Locale locale) {
        return new FieldMessage(field, ProblemLanguage.text(messages, message, locale), index, line);
    }
}
