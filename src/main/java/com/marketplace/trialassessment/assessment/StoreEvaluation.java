package com.marketplace.trialassessment.assessment;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * What evaluating one store in a run came to.
 *
 * @param error null unless the evaluation threw; then nothing of it was stored
 */
public record StoreEvaluation(long storeId, int verdicts, int passed, int failed, int annualResults,
        int feeStatements, boolean cleared, boolean awaitingData, String error) {

    static StoreEvaluation of(EvaluationResult result) {
        int verdicts = result.verdictIds().size();
        return new StoreEvaluation(result.storeId(), verdicts, result.passed(), verdicts - result.passed(),
                result.annualResultIds().size(), result.feeStatementIds().size(), result.cleared(), result.awaitingData() != null, null);
    }

    static StoreEvaluation failed(long storeId, RuntimeException ex, MessageSource messages) {
        // the message only, never the exception's class: the details are in the service log; a
        // problem's detail (a conflict with a concurrent change) as the English bundle says it
        String message = ex instanceof MessageSourceResolvable text ? messages.getMessage(text, Locale.ENGLISH)
                : ex.getMessage();
        if (message == null) {
            message = "unexpected error; see the service log";
        }
        return new StoreEvaluation(storeId, 0, 0, 0, 0, 0, false, false,
                message.length() > 1000 ? message.substring(0, 1000) : message);
    }

    public boolean failedWithError() {
        return error != null;
    }
}
