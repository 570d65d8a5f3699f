package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a store is at risk, and which requirement most: the daily views' rule, for a checkpoint and
 * for a year alike. At risk when the projection misses sales, or today's score or compliance fails
 * (a missing score is a late feed, no risk). Most at risk is the requirement with the smallest
 * margin relative to its target: sales {@code -gap} (none below 0 once the projection passes), score
 * {@code (score - target) / target}, compliance {@code (bar - points) / bar}, or -1 with a serious
 * violation.
 */
final class Risk {

    private Risk() {
    }

    static boolean atRisk(boolean projectedSalesPass, RequirementOutlook scoreToday, ComplianceResult compliance) {
        return !projectedSalesPass || scoreToday == RequirementOutlook.FAIL || !compliance.passed();
    }

    /** {@code (needed - projected) / needed}, 4 places; 0 when nothing is needed. */
    static BigDecimal relativeGap(BigDecimal needed, BigDecimal projected) {
        return needed.signum() == 0 ? BigDecimal.ZERO
                : needed.subtract(projected).divide(needed, 4, RoundingMode.HALF_UP);
    }

    /**
     * @param score       the assessed score, or null when it is not assessed or missing
     * @param scoreTarget its target, or null
     */
    static String mostAtRisk(boolean projectedSalesPass, BigDecimal relativeSalesGap, BigDecimal score,
            BigDecimal scoreTarget, ComplianceResult compliance) {
        String mostAtRisk = "SALES";
        BigDecimal smallest = projectedSalesPass ? relativeSalesGap.negate().max(BigDecimal.ZERO)
                : relativeSalesGap.negate();
        if (score != null && scoreTarget != null) {
            BigDecimal margin = score.subtract(scoreTarget)
                    .divide(scoreTarget.max(new BigDecimal("0.01")), 4, RoundingMode.HALF_UP);
            if (margin.compareTo(smallest) < 0) {
                smallest = margin;
                mostAtRisk = "SERVICE_SCORE";
            }
        }
        BigDecimal complianceMargin = compliance.seriousViolations() > 0 ? BigDecimal.ONE.negate()
                : BigDecimal.valueOf(compliance.generalPointsBar() - compliance.generalPoints())
                        .divide(BigDecimal.valueOf(compliance.generalPointsBar()), 4, RoundingMode.HALF_UP);
        if (complianceMargin.compareTo(smallest) < 0) {
            mostAtRisk = "COMPLIANCE";
        }
        return mostAtRisk;
    }
}
