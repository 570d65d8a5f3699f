package com.marketplace.trialassessment.assessment;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.trialassessment.rules.AnnualKind;
import com.marketplace.trialassessment.rules.Awaiting;
import com.marketplace.trialassessment.rules.MissingData;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * The answer to an evaluation or re-evaluation: what this call decided (verdicts, annual results, fee
 * statements, each possibly empty), and the decision waiting for data ({@code null} when nothing waits).
 */
record EvaluationResponse(long storeId, StoreStatus status, List<VerdictResponse> decided,
        List<AnnualResultResponse> annualResults, List<FeeStatementResponse> feeStatements,
        AwaitingData awaitingData) {

    /** {@code { "checkpoint": 2, ... }} or {@code { "annualYear": 2025, "kind": "ANNUAL", ... }}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AwaitingData(Integer checkpoint, Integer annualYear, AnnualKind kind, List<MissingData> missing) {

        static AwaitingData of(Awaiting awaiting) {
            if (awaiting instanceof Awaiting.AtCheckpoint checkpoint) {
                return new AwaitingData(checkpoint.checkpoint().number(), null, null, checkpoint.missing());
            }
            Awaiting.Annual annual = (Awaiting.Annual) awaiting;
            return new AwaitingData(null, annual.year(), annual.kind(), annual.missing());
        }
    }

    /** {@code decided}, {@code annualResults} and {@code feeStatements}: those of {@code result}, in its order. */
    static EvaluationResponse of(EvaluationResult result, List<Verdict> decided,
            List<AnnualResultEntity> annualResults, List<FeeStatementResponse> feeStatements, Clock clock) {
        return new EvaluationResponse(result.storeId(), result.status(),
                decided.stream().map(v -> VerdictResponse.of(v, clock)).toList(),
                annualResults.stream().map(r -> AnnualResultResponse.of(r, clock)).toList(), feeStatements,
                result.awaitingData() == null ? null : AwaitingData.of(result.awaitingData()));
    }
}
