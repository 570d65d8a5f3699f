package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a formal store stands in its year, or in its rectification period, the daily view of
 * section 6 of the rule book (a view, not a decision):
 * <ul>
 * <li>days so far (today included, as today's sales may be in) and in the whole window;</li>
 * <li>sales so far against the target pro-rated to the days so far and to the whole window, what is
 * still needed and per remaining day (today included), and the projection at the current pace (sales
 * so far over the days so far, times the window's days);</li>
 * <li>"if it ended today": the assessment's own rules on the days so far ({@link AnnualRules}), a
 * year being short or not by its whole window;</li>
 * <li>at risk, and the requirement most at risk, as for a checkpoint ({@link Risk}), with the
 * projection judged by the sales rule on the whole window.</li>
 * </ul>
 * Money shown is rounded half-up to cents; every comparison is the rules' own, on exact figures.
 *
 * @param window       the formal days of the year, or the rectification period
 * @param daysSoFar    the window's days up to today
 * @param dailyNeeded  null when no day of the window is left
 */
public record AnnualOutlook(AnnualKind kind, int year, DateRange window, LocalDate today, long daysSoFar,
        BigDecimal soFar, BigDecimal targetToDate, BigDecimal targetForWindow, BigDecimal stillNeeded,
        BigDecimal dailyNeeded, BigDecimal projected, AnnualScoreResult score, ComplianceResult compliance,
        RequirementOutlook salesIfEndedToday, RequirementOutlook scoreIfEndedToday,
        RequirementOutlook complianceIfEndedToday, OutcomeToday outcomeIfEndedToday, boolean projectedSalesPasses,
        BigDecimal relativeSalesGap, boolean atRisk, String mostAtRisk) {

    public AnnualOutlook {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
    }

    /** The days of the window left after today. */
    public long daysLeft() {
        return window.days() - daysSoFar;
    }

    /**
     * @param soFarFacts the facts of the window's days up to today ({@link #daysSoFar(DateRange, LocalDate)})
     */
    public static AnnualOutlook of(AnnualRules rules, AnnualKind kind, int year, DateRange window, LocalDate dueDate,
            AgreementVersion agreement, LocalDate today, WindowFacts soFarFacts) {
        AnnualStandard standard = agreement.terms().annual().orElseThrow();
        BigDecimal daysInYear = BigDecimal.valueOf(FormalYears.daysIn(year));
        Optional<DateRange> soFarDays = daysSoFar(window, today);
        long daysSoFar = soFarDays.map(DateRange::days).orElse(0L);
        long windowDays = window.days();
        BigDecimal soFar = soFarFacts.sales();
        BigDecimal target = standard.salesTarget();
        BigDecimal forWindow = target.multiply(BigDecimal.valueOf(windowDays)).divide(daysInYear, 10, RoundingMode.HALF_UP);
        BigDecimal toDate = target.multiply(BigDecimal.valueOf(daysSoFar)).divide(daysInYear, 2, RoundingMode.HALF_UP);
        BigDecimal stillNeeded = forWindow.subtract(soFar).max(BigDecimal.ZERO);
        long remaining = windowDays - daysSoFar + (today.isAfter(window.last()) ? 0 : 1);
        BigDecimal dailyNeeded = remaining <= 0 || today.isAfter(window.last()) ? null
                : stillNeeded.divide(BigDecimal.valueOf(remaining), 2, RoundingMode.HALF_UP);
        BigDecimal projected = daysSoFar == 0 ? soFar
                : soFar.multiply(BigDecimal.valueOf(windowDays)).divide(BigDecimal.valueOf(daysSoFar), 10,
                        RoundingMode.HALF_UP);

        // if it ended today: the assessment's rules on the days so far
        AnnualAssessment ended = rules.assessSoFar(kind, year, window,
                soFarDays.orElse(new DateRange(window.first(), window.first())), dueDate, agreement, soFarFacts);
        RequirementOutlook sales = !ended.sales().assessed() ? RequirementOutlook.NOT_ASSESSED
                : RequirementOutlook.of(ended.sales().passed());
        RequirementOutlook score = ended.serviceScore()
                .map(s -> s.assessed() ? RequirementOutlook.of(s.passed()) : RequirementOutlook.NOT_ASSESSED)
                .orElse(RequirementOutlook.MISSING);
        ComplianceResult compliance = ended.compliance();

        // at the current pace: the sales rule on the whole window, with the projected sales
        boolean projectedPass = rules.assess(kind, year, window, dueDate, agreement,
                new WindowFacts(projected, null, soFarFacts.latestScore(), soFarFacts.violations())).sales().passed();
        BigDecimal gap = Risk.relativeGap(forWindow, projected);
        AnnualScoreResult assessedScore = ended.serviceScore().filter(AnnualScoreResult::assessed).orElse(null);
        return new AnnualOutlook(kind, year, window, today, daysSoFar, soFar, toDate,
                forWindow.setScale(2, RoundingMode.HALF_UP), stillNeeded.setScale(2, RoundingMode.HALF_UP), dailyNeeded,
                projected.setScale(2, RoundingMode.HALF_UP), ended.serviceScore().orElse(null), compliance, sales, score,
                RequirementOutlook.of(compliance.passed()), OutcomeToday.of(ended.awaitingData(), ended.passed()),
                projectedPass, gap, Risk.atRisk(projectedPass, score, compliance),
                Risk.mostAtRisk(projectedPass, gap, assessedScore == null ? null : assessedScore.score(),
                        assessedScore == null ? null : assessedScore.target(), compliance));
    }

    /** The days of {@code window} up to {@code today}; empty before it begins. */
    public static Optional<DateRange> daysSoFar(DateRange window, LocalDate today) {
        if (today.isBefore(window.first())) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(window.first(), today.isAfter(window.last()) ? window.last() : today));
    }
}
