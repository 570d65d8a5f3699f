package com.marketplace.trialassessment.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a problem's {@code errors} as it is written: a {@link FieldProblem} with its message
 * in the client's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FieldMessage(String field, String message, Integer index, Long line) {
}
