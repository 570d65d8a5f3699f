package com.marketplace.trialassessment.common;

import java.util.List;

/**
 * The request is well formed but refers to something that cannot be used, such as an unknown
 * category: {@code 422}.
 */
public class UnprocessableException extends RuntimeException {

    private final List<FieldProblem> errors;

    public UnprocessableException(String detail, FieldProblem... errors) {
        super(detail);
        this.errors = List.of(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
