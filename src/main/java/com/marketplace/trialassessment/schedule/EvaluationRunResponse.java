package com.marketplace.trialassessment.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.trialassessment.common.Timestamps;

/** A run with its counts; {@code errorDetails} (first 100) only when one run is read. */
record EvaluationRunResponse(long id, RunTrigger trigger, LocalDate businessDate, RunStatus status,
        String instanceId, String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, int storesEvaluated, int verdicts,
        int passed, int failed, int awaitingData, int errors, int annualResults, int feeStatements, int clearances,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ErrorDetail> errorDetails) {

    record ErrorDetail(long storeId, String message, OffsetDateTime occurredAt) {
    }

    static EvaluationRunResponse of(EvaluationRun run, List<EvaluationRunError> errors, Clock clock) {
        return new EvaluationRunResponse(run.id(), run.trigger(), run.businessDate(), run.status(), run.instanceId(),
                run.startedBy(),
                Timestamps.inBusinessZone(run.startedAt(), clock), Timestamps.inBusinessZone(run.finishedAt(), clock),
                run.storesEvaluated(), run.verdicts(), run.passed(), run.failed(), run.awaitingData(), run.errors(),
                run.annualResults(), run.feeStatements(), run.clearances(),
                errors == null ? null : errors.stream()
                        .map(e -> new ErrorDetail(e.storeId(), e.message(),
                                Timestamps.inBusinessZone(e.occurredAt(), clock)))
                        .toList());
    }
}
