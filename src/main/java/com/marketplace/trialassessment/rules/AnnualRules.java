package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The annual assessment of a year and the rectification review, requirement by requirement, on the
 * facts of their window (the formal days of the year; the 90 days of the period), against the annual
 * standard of the assessed year's agreement:
 * <ul>
 * <li>sales pass when {@code S × daysIn(Y) >= salesTarget × days}: the target pro-rated to the days,
 * compared exactly;</li>
 * <li>the latest score snapshot within the window must reach the score target; without one the
 * result cannot be decided (awaiting data), whatever else failed;</li>
 * <li>compliance, on the violations that occurred within the window, as at a checkpoint;</li>
 * <li>a year with fewer than 90 formal days is short: sales and score are not assessed (compliance
 * still is).</li>
 * </ul>
 */
public final class AnnualRules {

    private final CompliancePolicy compliance;

    public AnnualRules(CompliancePolicy compliance) {
        this.compliance = compliance;
    }

    /**
     * @param agreement the agreement of the assessed year; it must hold an annual standard
     * @param facts     the facts of {@code window}
     */
    public AnnualAssessment assess(AnnualKind kind, int year, DateRange window, LocalDate dueDate,
            AgreementVersion agreement, WindowFacts facts) {
        return assess(kind, year, window, window.days(), dueDate, agreement, facts);
    }

    /**
     * The assessment as it would be decided on the first days of its window only, {@code soFar}: the
     * daily view's "if it ended today". Whether the year is short is still a matter of the whole
     * window: the first 89 days of a full year are not a short year.
     *
     * @param facts the facts of {@code soFar}
     */
    public AnnualAssessment assessSoFar(AnnualKind kind, int year, DateRange window, DateRange soFar,
            LocalDate dueDate, AgreementVersion agreement, WindowFacts facts) {
        return assess(kind, year, soFar, window.days(), dueDate, agreement, facts);
    }

    private AnnualAssessment assess(AnnualKind kind, int year, DateRange window, long windowDays, LocalDate dueDate,
            AgreementVersion agreement, WindowFacts facts) {
        AnnualStandard standard = agreement.terms().annual().orElseThrow(() -> new IllegalArgumentException(
                "Version " + agreement.terms().version() + " holds no annual standard"));
        int daysInYear = FormalYears.daysIn(year);
        long days = window.days();
        boolean shortYear = kind == AnnualKind.ANNUAL && windowDays < FormalYears.SHORT_YEAR_DAYS;
        BigDecimal proRated = standard.salesTarget().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(daysInYear), 2, RoundingMode.HALF_UP);
        boolean salesPassed = facts.sales().multiply(BigDecimal.valueOf(daysInYear))
                .compareTo(standard.salesTarget().multiply(BigDecimal.valueOf(days))) >= 0;
        AnnualSalesResult sales = new AnnualSalesResult(!shortYear, facts.sales(), standard.salesTarget(), proRated,
                shortYear || salesPassed);
        Optional<AnnualScoreResult> score = shortYear
                ? Optional.of(AnnualScoreResult.notAssessed(standard.serviceScoreTarget()))
                : facts.latestScore().map(s -> new AnnualScoreResult(true, s.score(), s.date(),
                        standard.serviceScoreTarget(), s.score().compareTo(standard.serviceScoreTarget()) >= 0));
        return new AnnualAssessment(kind, year, window, daysInYear, dueDate, agreement, sales, score,
                compliance.assess(facts.violations()));
    }
}
