package com.marketplace.trialassessment.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid value of a request.
 *
 * @param field   the field's name or path ({@code amount}, {@code targets[1].salesTarget})
 * @param message what is wrong with it
 * @param index   the position in the submitted array, when the value is part of one
 * @param line    the line (from 1) of a streamed body ({@code text/csv}, NDJSON), when the value is on one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, Integer index, Long line) {

    public FieldProblem(String field, String message, Integer index) {
        this(field, message, index, null);
    }

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, message, null, null);
    }

    public static FieldProblem atRow(int index, String field, String message) {
        return new FieldProblem(field, message, index, null);
    }

    public static FieldProblem atLine(long line, String field, String message) {
        return new FieldProblem(field, message, null, line);
    }
}
