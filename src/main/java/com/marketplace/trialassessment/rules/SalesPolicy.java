package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sales, at every checkpoint: the monthly average {@code cumulative(k) / months(k)} must reach the
 * target. Compared exactly as {@code cumulative >= target * months}, so 299,999.99 over 3 months
 * misses a 100,000.00 target although it shows as 100,000.00. At checkpoint 4 a miss still passes
 * when days 181..210 sold strictly more than the target.
 */
public final class SalesPolicy {

    public SalesResult assess(Checkpoint checkpoint, CheckpointTarget target, BigDecimal cumulative,
            BigDecimal finalThirtyDaysSales) {
        BigDecimal salesTarget = target.salesTarget();
        BigDecimal months = BigDecimal.valueOf(checkpoint.months());
        BigDecimal monthlyAverage = cumulative.divide(months, 2, RoundingMode.HALF_UP);
        BigDecimal finalSales = checkpoint.isLast() ? zeroIfNull(finalThirtyDaysSales) : null;

        SalesBasis basis = null;
        if (cumulative.compareTo(salesTarget.multiply(months)) >= 0) {
            basis = SalesBasis.MONTHLY_AVERAGE;
        }
        else if (finalSales != null && finalSales.compareTo(salesTarget) > 0) {
            basis = SalesBasis.FINAL_30_DAYS;
        }
        return new SalesResult(cumulative, checkpoint.months(), monthlyAverage, salesTarget, finalSales, basis,
                basis != null);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
