package com.marketplace.trialassessment.assessment;

import java.util.List;

import com.marketplace.trialassessment.rules.Decision;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * What one evaluation of one store did: the verdicts it wrote (ids, in the order they were decided),
 * how many of them passed, and the decision waiting for data, if any.
 */
record EvaluationResult(long storeId, StoreStatus status, List<Long> verdictIds, int passed,
        Decision.AwaitingData awaitingData) {

    EvaluationResult {
        verdictIds = List.copyOf(verdictIds);
    }
}
