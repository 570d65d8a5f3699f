package com.marketplace.trialassessment.assessment;

import java.time.Clock;
import java.util.List;

import com.marketplace.trialassessment.rules.MissingData;
import com.marketplace.trialassessment.rules.StoreStatus;

/** The answer to an evaluation or re-evaluation; {@code awaitingData} is null when nothing waits. */
record EvaluationResponse(long storeId, StoreStatus status, List<VerdictResponse> decided, AwaitingData awaitingData) {

    record AwaitingData(int checkpoint, List<MissingData> missing) {
    }

    /** {@code decided}: the verdicts of {@code result}, in its order. */
    static EvaluationResponse of(EvaluationResult result, List<Verdict> decided, Clock clock) {
        return new EvaluationResponse(result.storeId(), result.status(),
                decided.stream().map(v -> VerdictResponse.of(v, clock)).toList(),
                result.awaitingData() == null ? null
                        : new AwaitingData(result.awaitingData().checkpoint().number(), result.awaitingData().missing()));
    }
}
