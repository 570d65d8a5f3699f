package com.marketplace.trialassessment.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Reads {@code ?page=&size=}: page from 0, size 1..500, default 50. The first row of the page,
 * {@code page × size}, must fit in an {@code int}, the widest offset JPA queries take.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size, Sort sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        ProblemErrors errors = new ProblemErrors();
        if (p < 0) {
            errors.add("page", CommonMessages.PAGE_NOT_NEGATIVE);
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add("size", CommonMessages.BETWEEN.with(1, MAX_SIZE));
        }
        else if (p > 0 && (long) p * s > Integer.MAX_VALUE) {
            errors.add("page", CommonMessages.PAGE_AT_MOST.with(Integer.MAX_VALUE / s, s));
        }
        errors.throwIfAny();
        return PageRequest.of(p, s, sort);
    }
}
