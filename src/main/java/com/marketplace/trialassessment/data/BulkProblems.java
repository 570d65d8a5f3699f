package com.marketplace.trialassessment.data;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

import com.marketplace.trialassessment.common.FieldProblem;

/**
 * The problems of a bulk upload, each on its line, in line order: all of them are counted, the
 * first {@code listed} kept. Memory stays bounded however many lines are wrong.
 */
final class BulkProblems {

    private final int listed;
    private final List<FieldProblem> problems = new ArrayList<>();
    private long count;

    BulkProblems(int listed) {
        this.listed = listed;
    }

    void add(long line, String field, MessageSourceResolvable message) {
        count++;
        if (problems.size() < listed) {
            problems.add(FieldProblem.atLine(line, field, message));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    /** The kept problems, in line order. */
    List<FieldProblem> listed() {
        return problems;
    }
}
