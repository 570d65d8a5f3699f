package com.marketplace.trialassessment.common;

import java.util.List;

/** The request breaks one or more input rules: {@code 400} with one entry per problem. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super(errors.size() == 1 ? "1 invalid value" : errors.size() + " invalid values");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
