package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.rules.CheckpointTarget;
import com.marketplace.trialassessment.rules.ComplianceResult;
import com.marketplace.trialassessment.rules.CompliancePolicy;
import com.marketplace.trialassessment.rules.SalesPolicy;
import com.marketplace.trialassessment.rules.ServiceScorePolicy;
import com.marketplace.trialassessment.rules.ServiceScoreResult;

/**
 * Where a store stands against its next checkpoint, in plain arithmetic (no Spring):
 * <ul>
 * <li>how far it is: sales so far, needed ({@code target × months}), still needed, and per remaining
 * day, where the remaining days are today up to day D(k);</li>
 * <li>if the checkpoint were decided on today's figures, requirement by requirement, with the rules' own
 * policies;</li>
 * <li>at the current daily run rate (sales so far over the days up to today, today included, since
 * today's sales may already be in), the projected cumulative sales at day D(k): sales so far plus the
 * rate for every day after today (and, at checkpoint 4, the projected sales of days 181..210);</li>
 * <li>at risk when the projection misses any requirement; the requirement most at risk is the one
 * with the smallest relative margin.</li>
 * </ul>
 */
public record Outlook(
        Checkpoint checkpoint,
        int trialDay,
        BigDecimal salesSoFar,
        BigDecimal salesNeeded,
        BigDecimal salesStillNeeded,
        int remainingDays,
        BigDecimal dailySalesNeeded,
        BigDecimal latestScore,
        LocalDate latestScoreDate,
        BigDecimal scoreTarget,
        int seriousViolations,
        int generalPoints,
        int generalPointsBar,
        RequirementOutlook salesToday,
        RequirementOutlook serviceScoreToday,
        RequirementOutlook complianceToday,
        BigDecimal dailyRunRate,
        BigDecimal projectedCumulativeSales,
        BigDecimal projectedFinal30DaysSales,
        boolean projectedSalesPasses,
        BigDecimal relativeSalesGap,
        boolean atRisk,
        String mostAtRisk) {

    private static final int FINAL_PERIOD_DAYS = 30;
    private static final int SCALE = 10;

    /** What today would decide: PASSED, FAILED, or AWAITING_DATA when the score is missing. */
    public String outcomeToday() {
        if (serviceScoreToday == RequirementOutlook.MISSING) {
            return "AWAITING_DATA";
        }
        boolean passed = salesToday == RequirementOutlook.PASS && complianceToday == RequirementOutlook.PASS
                && serviceScoreToday != RequirementOutlook.FAIL;
        return passed ? "PASSED" : "FAILED";
    }

    public static Outlook of(Checkpoint checkpoint, LocalDate launchDate, LocalDate today, CheckpointTarget target,
            CheckpointFacts facts, CompliancePolicy compliancePolicy) {
        int trialDay = (int) ChronoUnit.DAYS.between(launchDate, today) + 1;
        int day = checkpoint.day();
        BigDecimal soFar = facts.cumulativeSales();
        BigDecimal needed = target.salesTarget().multiply(BigDecimal.valueOf(checkpoint.months()));
        BigDecimal stillNeeded = needed.subtract(soFar).max(BigDecimal.ZERO);
        int remaining = Math.max(0, Math.min(day, day - trialDay + 1));
        BigDecimal perDay = remaining == 0 ? null
                : stillNeeded.divide(BigDecimal.valueOf(remaining), 2, RoundingMode.CEILING);

        // if decided today
        boolean salesPassToday = new SalesPolicy().assess(checkpoint, target, soFar, facts.finalThirtyDaysSales())
                .passed();
        Optional<ServiceScoreResult> score = new ServiceScorePolicy().assess(checkpoint, target, launchDate,
                facts.scores());
        ComplianceResult compliance = compliancePolicy.assess(checkpoint, launchDate, facts.violations());
        RequirementOutlook scoreToday = !checkpoint.assessesServiceScore() ? RequirementOutlook.NOT_ASSESSED
                : score.map(s -> s.passed() ? RequirementOutlook.PASS : RequirementOutlook.FAIL)
                        .orElse(RequirementOutlook.MISSING);

        // at the current run rate: sales so far may include today's, so today counts as elapsed, and
        // the projection adds the days after today
        int elapsed = Math.max(0, Math.min(trialDay, day));
        int daysAfterToday = Math.max(0, day - Math.max(trialDay, 0));
        BigDecimal rate = elapsed == 0 ? null : soFar.divide(BigDecimal.valueOf(elapsed), SCALE, RoundingMode.HALF_UP);
        BigDecimal projected = rate == null ? soFar : soFar.add(rate.multiply(BigDecimal.valueOf(daysAfterToday)));
        BigDecimal projectedFinal = null;
        if (checkpoint.isLast()) {
            int remainingInFinal = Math.min(daysAfterToday, FINAL_PERIOD_DAYS);
            BigDecimal finalSoFar = facts.finalThirtyDaysSales() == null ? BigDecimal.ZERO : facts.finalThirtyDaysSales();
            projectedFinal = rate == null ? finalSoFar
                    : finalSoFar.add(rate.multiply(BigDecimal.valueOf(remainingInFinal)));
        }
        boolean projectedSalesPass = projected.compareTo(needed) >= 0
                || (projectedFinal != null && projectedFinal.compareTo(target.salesTarget()) > 0);
        BigDecimal gap = needed.signum() == 0 ? BigDecimal.ZERO
                : needed.subtract(projected).divide(needed, 4, RoundingMode.HALF_UP);

        // margins: the smallest is the requirement most at risk
        String mostAtRisk = "SALES";
        BigDecimal smallest = projectedSalesPass ? gap.negate().max(BigDecimal.ZERO) : gap.negate();
        if (score.isPresent() && score.get().assessed()) {
            BigDecimal margin = score.get().score().subtract(score.get().target())
                    .divide(score.get().target().max(new BigDecimal("0.01")), 4, RoundingMode.HALF_UP);
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
        boolean atRisk = !projectedSalesPass || scoreToday == RequirementOutlook.FAIL || !compliance.passed();

        return new Outlook(checkpoint, trialDay, soFar, needed, stillNeeded, remaining, perDay,
                score.map(ServiceScoreResult::score).orElse(null), score.map(ServiceScoreResult::scoreDate).orElse(null),
                target.serviceScoreTarget(), compliance.seriousViolations(), compliance.generalPoints(),
                compliance.generalPointsBar(),
                salesPassToday ? RequirementOutlook.PASS : RequirementOutlook.FAIL, scoreToday,
                compliance.passed() ? RequirementOutlook.PASS : RequirementOutlook.FAIL,
                rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP), projected.setScale(2, RoundingMode.HALF_UP),
                projectedFinal == null ? null : projectedFinal.setScale(2, RoundingMode.HALF_UP),
                projectedSalesPass, gap, atRisk, mostAtRisk);
    }
}
