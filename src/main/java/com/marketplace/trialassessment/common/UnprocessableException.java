package com.marketplace.trialassessment.common;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * The request is well formed but refers to something that cannot be used, such as an unknown
 * category: {@code 422}.
 */
public class UnprocessableException extends ProblemException {

    private final List<FieldProblem> errors;

    public UnprocessableException(MessageSourceResolvable detail, FieldProblem... errors) {
        super(detail);
        this.errors = List.of(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
