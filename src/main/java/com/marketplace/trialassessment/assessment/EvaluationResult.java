package com.marketplace.trialassessment.assessment;

import java.util.List;

import com.marketplace.trialassessment.rules.Awaiting;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * What one evaluation of one store did: the verdicts, annual results and fee statements it wrote (ids, in the order
 * they were decided), how many verdicts passed, whether a clearance took effect, and the decision
 * waiting for data, if any.
 */
record EvaluationResult(long storeId, StoreStatus status, List<Long> verdictIds, int passed,
        List<Long> annualResultIds, List<Long> feeStatementIds, boolean cleared, Awaiting awaitingData) {

    EvaluationResult {
        verdictIds = List.copyOf(verdictIds);
        annualResultIds = List.copyOf(annualResultIds);
        feeStatementIds = List.copyOf(feeStatementIds);
    }
}
