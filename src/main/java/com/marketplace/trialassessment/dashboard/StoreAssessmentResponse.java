package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.trialassessment.rules.RequirementOutlook;
import com.marketplace.trialassessment.rules.StoreStatus;

/** {@code GET /api/stores/{id}/assessment}: the store at a glance. */
record StoreAssessmentResponse(long storeId, String name, String merchantId, String categoryCode, int targetVersion,
        StoreStatus status, LocalDate launchDate, LocalDate today, int trialDay, Integer nextCheckpoint,
        List<CheckpointView> checkpoints, OutlookView outlook) {

    /** One checkpoint; the figures are given for the next checkpoint only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckpointView(int checkpoint, int day, LocalDate dueDate, CheckpointState state, Long verdictId,
            BigDecimal salesTarget, BigDecimal serviceScoreTarget,
            BigDecimal salesSoFar, BigDecimal salesNeeded, BigDecimal salesStillNeeded, Integer remainingDays,
            BigDecimal dailySalesNeeded, BigDecimal latestScore, LocalDate latestScoreDate, BigDecimal scoreTarget,
            Integer seriousViolations, Integer generalPoints, Integer generalPointsBar) {
    }

    /** If decided today, and at the current run rate. */
    record OutlookView(int checkpoint, IfDecidedToday ifDecidedToday, BigDecimal dailyRunRate,
            BigDecimal projectedCumulativeSales, BigDecimal salesNeeded, BigDecimal projectedFinal30DaysSales,
            boolean projectedSalesPasses, BigDecimal relativeSalesGap, boolean atRisk, String mostAtRisk) {
    }

    record IfDecidedToday(RequirementOutlook sales, RequirementOutlook serviceScore, RequirementOutlook compliance,
            String outcome) {
    }
}
