package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What this year's fee statement would bring back if the year ended as projected (a view, not a
 * decision): the sales of its trading days so far projected at the current pace to all of them, and
 * the statement {@link FeeRules} would settle on that.
 *
 * @param projectedSales the sales so far over the trading days so far, times the trading days
 */
public record FeePreview(FeeCause cause, int months, BigDecimal projectedSales, FeeTier tier, boolean forfeited,
        BigDecimal totalRefund) {

    public FeePreview {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(tier, "tier");
    }

    /**
     * @param soFar the facts of the statement's trading days up to today
     *              ({@link AnnualOutlook#daysSoFar(DateRange, LocalDate)})
     */
    public static FeePreview of(FeeRules rules, FeeDue due, AgreementVersion agreement, LocalDate today,
            WindowFacts soFar) {
        long days = due.tradingDays().days();
        long daysSoFar = AnnualOutlook.daysSoFar(due.tradingDays(), today).map(DateRange::days).orElse(0L);
        BigDecimal projected = daysSoFar == 0 ? soFar.sales()
                : soFar.sales().multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(daysSoFar), 10,
                        RoundingMode.HALF_UP);
        FeeStatement statement = rules.settle(due, agreement,
                new WindowFacts(projected, null, Optional.empty(), soFar.violations()));
        return new FeePreview(due.cause(), statement.months(), projected.setScale(2, RoundingMode.HALF_UP),
                statement.tier(), due.forfeited(), statement.totalRefund());
    }
}
