package com.marketplace.trialassessment.common;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * The request breaks one or more input rules: {@code 400} with one entry per problem. A request that
 * may break very many (a bulk upload) lists only the first ones and says how many there are in all.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> errors;
    private final long total;

    public InvalidInputException(List<FieldProblem> errors) {
        this(errors, errors.size());
    }

    /** {@code errors} are the problems listed, {@code total} how many were found (at least as many). */
    public InvalidInputException(List<FieldProblem> errors, long total) {
        super(total == 1 ? "1 invalid value" : total + " invalid values");
        if (total < errors.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + errors.size() + " listed");
        }
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public static InvalidInputException of(String field, MessageSourceResolvable message) {
        return new InvalidInputException(List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** How many problems were found; more than {@code errors().size()} when the list was cut short. */
    public long total() {
        return total;
    }
}
