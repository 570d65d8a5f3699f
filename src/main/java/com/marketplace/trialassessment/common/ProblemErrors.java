package com.marketplace.trialassessment.common;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * Collects the problems of one request so that a client sees all of them at once, each row of a
 * batch named by its index.
 */
public final class ProblemErrors {

    private final List<FieldProblem> problems = new ArrayList<>();

    public void add(String field, MessageSourceResolvable message) {
        problems.add(FieldProblem.of(field, message));
    }

    public void addAtRow(int index, String field, MessageSourceResolvable message) {
        problems.add(FieldProblem.atRow(index, field, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws {@link InvalidInputException} when any problem was found. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
