package com.marketplace.trialassessment.assessment;

import java.util.List;

import com.marketplace.trialassessment.rules.Decision;
import com.marketplace.trialassessment.rules.StoreStatus;

/** What one evaluation of one store did: the verdicts it wrote and the checkpoint waiting for data, if any. */
record EvaluationResult(long storeId, StoreStatus status, List<Verdict> decided, Decision.AwaitingData awaitingData) {
}
