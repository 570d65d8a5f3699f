package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.marketplace.trialassessment.rules.ClearanceCause;
import com.marketplace.trialassessment.rules.FeeCause;
import com.marketplace.trialassessment.rules.FeeTier;
import com.marketplace.trialassessment.rules.OutcomeToday;
import com.marketplace.trialassessment.rules.RequirementOutlook;
import com.marketplace.trialassessment.rules.Standing;

/**
 * {@code GET /api/stores/{id}/annual-standing}: where a formal store stands this year. The targets,
 * "if the year ended today", at risk and most at risk are {@code null} / {@code false} in a year whose
 * agreement holds no annual standard (it is not assessed).
 */
record AnnualStandingResponse(long storeId, int year, LocalDate today, Standing standing, Integer targetVersion,
        long formalDaysSoFar, long formalDaysInYear, Sales sales, ServiceScore serviceScore, Compliance compliance,
        IfEndedToday ifYearEndedToday, boolean atRisk, String mostAtRisk, RectificationView rectification,
        ClearanceView clearance, FeePreviewView feePreview) {

    record Sales(BigDecimal soFar, BigDecimal targetToDate, BigDecimal targetForYear, BigDecimal stillNeeded,
            BigDecimal dailyNeeded, BigDecimal projected) {
    }

    record ServiceScore(BigDecimal latest, LocalDate date, BigDecimal target) {
    }

    record Compliance(int seriousViolations, int generalPoints, int bar) {
    }

    record IfEndedToday(RequirementOutlook sales, RequirementOutlook serviceScore, RequirementOutlook compliance,
            OutcomeToday outcome) {
    }

    /** The running rectification period, with its own figures: sales against {@code target × 90 / daysInYear}. */
    record RectificationView(int assessedYear, LocalDate from, LocalDate to, LocalDate reviewDue, long daysSoFar,
            long daysLeft, PeriodSales sales, ServiceScore serviceScore, Compliance compliance,
            IfEndedToday ifEndedToday, boolean atRisk, String mostAtRisk) {
    }

    record PeriodSales(BigDecimal soFar, BigDecimal targetToDate, BigDecimal target, BigDecimal stillNeeded,
            BigDecimal dailyNeeded, BigDecimal projected) {
    }

    /**
     * This year's fee at the current pace: the statement the year is heading for ({@code YEAR_END}, or
     * {@code CLEARED} with a clearance taking effect within it), settled on the projected sales.
     */
    record FeePreviewView(FeeCause cause, int months, BigDecimal projectedSales, FeeTier tier, boolean forfeited,
            BigDecimal totalRefund) {
    }

    /** A pending clearance: when it was noticed, when it takes effect and why; appeal before then. */
    record ClearanceView(LocalDate noticeOn, LocalDate effectiveOn, ClearanceCause cause, boolean takenEffect,
            long daysLeft) {
    }
}
