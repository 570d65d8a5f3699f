package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Each requirement of an annual assessment or a rectification review, assessed on the facts of its
 * window, before it becomes a result.
 *
 * @param window       the formal days of the year, or the rectification period
 * @param daysInYear   365 or 366: the days of the assessed year, which pro-rate its standard
 * @param serviceScore empty when the score is assessed and no snapshot lies within the window
 */
public record AnnualAssessment(AnnualKind kind, int year, DateRange window, int daysInYear, LocalDate dueDate,
        AgreementVersion agreement, AnnualSalesResult sales, Optional<AnnualScoreResult> serviceScore,
        ComplianceResult compliance) {

    public AnnualAssessment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(serviceScore, "serviceScore");
    }

    /** It cannot be decided yet: the score is missing (whatever else failed). */
    public boolean awaitingData() {
        return serviceScore.isEmpty();
    }

    public List<MissingData> missing() {
        return awaitingData() ? List.of(MissingData.SERVICE_SCORE) : List.of();
    }

    public boolean passed() {
        return !awaitingData() && sales.passed() && serviceScore.get().passed() && compliance.passed();
    }

    /** The requirements that failed, in the rule book's order. */
    public List<Requirement> failedRequirements() {
        return CheckpointResult.failed(sales.passed(), serviceScore.map(AnnualScoreResult::passed).orElse(true),
                compliance.passed());
    }
}
