package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a store on trial stands against its next checkpoint, the daily view of the trial's rules:
 * <ul>
 * <li>how far it is: sales so far, needed ({@code target × months}), still needed, and per remaining
 * day, where the remaining days are today up to day D(k);</li>
 * <li>if the checkpoint were decided on today's figures, requirement by requirement: the checkpoint's
 * own rules ({@link CheckpointRules}) on today's facts;</li>
 * <li>at the current daily run rate (sales so far over the days up to today, today included, since
 * today's sales may already be in), the projected cumulative sales at day D(k): sales so far plus the
 * rate for every day after today (and, at checkpoint 4, the projected sales of days 181..210), judged
 * by the sales rule itself;</li>
 * <li>at risk when the projection misses any requirement; the requirement most at risk is the one
 * with the smallest relative margin.</li>
 * </ul>
 */
public record CheckpointOutlook(
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
        String mostAtRisk,
        OutcomeToday outcomeToday) {

    private static final int SCALE = 10;

    public static CheckpointOutlook of(CheckpointRules rules, Checkpoint checkpoint, LocalDate launchDate,
            LocalDate today, TargetSet targets, WindowFacts facts) {
        CheckpointTarget target = targets.target(checkpoint);
        int trialDay = Checkpoint.trialDay(launchDate, today);
        int day = checkpoint.day();
        BigDecimal soFar = facts.sales();
        BigDecimal needed = target.salesTarget().multiply(BigDecimal.valueOf(checkpoint.months()));
        BigDecimal stillNeeded = needed.subtract(soFar).max(BigDecimal.ZERO);
        int remaining = Math.max(0, Math.min(day, day - trialDay + 1));
        BigDecimal perDay = remaining == 0 ? null
                : stillNeeded.divide(BigDecimal.valueOf(remaining), 2, RoundingMode.CEILING);

        // if decided today: the checkpoint's rules on today's facts
        CheckpointAssessment todays = rules.assess(checkpoint, launchDate, targets, facts);
        Optional<ServiceScoreResult> score = todays.serviceScore();
        ComplianceResult compliance = todays.compliance();
        RequirementOutlook scoreToday = !checkpoint.assessesServiceScore() ? RequirementOutlook.NOT_ASSESSED
                : score.map(s -> RequirementOutlook.of(s.passed())).orElse(RequirementOutlook.MISSING);
        OutcomeToday outcomeToday = todays.decision() instanceof Decision.Decided decided
                ? OutcomeToday.of(false, decided.result().passed()) : OutcomeToday.AWAITING_DATA;

        // at the current run rate: sales so far may include today's, so today counts as elapsed, and
        // the projection adds the days after today
        int elapsed = Math.max(0, Math.min(trialDay, day));
        int daysAfterToday = Math.max(0, day - Math.max(trialDay, 0));
        BigDecimal rate = elapsed == 0 ? null : soFar.divide(BigDecimal.valueOf(elapsed), SCALE, RoundingMode.HALF_UP);
        BigDecimal projected = rate == null ? soFar : soFar.add(rate.multiply(BigDecimal.valueOf(daysAfterToday)));
        BigDecimal projectedFinal = null;
        Optional<DateRange> finalDays = checkpoint.finalThirtyDays(launchDate);
        if (finalDays.isPresent()) {
            int remainingInFinal = (int) Math.min(daysAfterToday, finalDays.get().days());
            BigDecimal finalSoFar = facts.subPeriodSales() == null ? BigDecimal.ZERO : facts.subPeriodSales();
            projectedFinal = rate == null ? finalSoFar
                    : finalSoFar.add(rate.multiply(BigDecimal.valueOf(remainingInFinal)));
        }
        // at the current run rate: the sales rule on the projected figures
        boolean projectedSalesPass = rules.sales(checkpoint, targets, projected, projectedFinal).passed();
        BigDecimal gap = Risk.relativeGap(needed, projected);
        ServiceScoreResult assessedScore = score.filter(ServiceScoreResult::assessed).orElse(null);
        String mostAtRisk = Risk.mostAtRisk(projectedSalesPass, gap,
                assessedScore == null ? null : assessedScore.score(),
                assessedScore == null ? null : assessedScore.target(), compliance);
        boolean atRisk = Risk.atRisk(projectedSalesPass, scoreToday, compliance);

        return new CheckpointOutlook(checkpoint, trialDay, soFar, needed, stillNeeded, remaining, perDay,
                score.map(ServiceScoreResult::score).orElse(null), score.map(ServiceScoreResult::scoreDate).orElse(null),
                target.serviceScoreTarget(), compliance.seriousViolations(), compliance.generalPoints(),
                compliance.generalPointsBar(),
                RequirementOutlook.of(todays.sales().passed()), scoreToday, RequirementOutlook.of(compliance.passed()),
                rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP), projected.setScale(2, RoundingMode.HALF_UP),
                projectedFinal == null ? null : projectedFinal.setScale(2, RoundingMode.HALF_UP),
                projectedSalesPass, gap, atRisk, mostAtRisk, outcomeToday);
    }
}
