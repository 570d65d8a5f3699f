package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Section 1 of the formal rule book, the annual assessment of a year, and section 2's review, one row
 * per sentence: sales pro-rated to the window's days and compared exactly, the latest score of the
 * window or no decision, compliance in the window, short years.
 */
class AnnualRulesTests {

    static final AnnualRules RULES = new AnnualRules(new CompliancePolicy(12));
    static final AgreementVersion AGREEMENT = agreement(1, LocalDate.of(2000, 1, 1), "1200000.00", "4.70");

    static AgreementVersion agreement(long id, LocalDate from, String salesTarget, String scoreTarget) {
        return new AgreementVersion(id, from, new TargetSet(1, CheckpointRulesTests.TARGETS.targets(),
                salesTarget == null ? Optional.empty()
                        : Optional.of(new AnnualStandard(new BigDecimal(salesTarget), new BigDecimal(scoreTarget))),
                Optional.empty()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                             year, from,       to,         sales,      score, points, serious, decided, sales passed, sales assessed, score assessed, passed, pro-rated
            a whole year that reaches the target passes,                       2025, 2025-01-01, 2025-12-31, 1200000.00, 4.70,  0,      0,       true,    true,         true,           true,           true,   1200000.00
            a cent under the year's target fails on sales,                     2025, 2025-01-01, 2025-12-31, 1199999.99, 4.80,  0,      0,       true,    false,        true,           true,           false,  1200000.00
            the API's example: 800000 of 1200000 fails,                        2025, 2025-01-01, 2025-12-31, 800000.00,  4.81,  3,      0,       true,    false,        true,           true,           false,  1200000.00
            worked example: 156 formal days of 366 and 511475.41 passes,       2024, 2024-07-29, 2024-12-31, 511475.41,  4.70,  0,      0,       true,    true,         true,           true,           true,   511475.41
            worked example: 511475.40 fails though it shows as the target,     2024, 2024-07-29, 2024-12-31, 511475.40,  4.70,  0,      0,       true,    false,        true,           true,           false,  511475.41
            a score a hundredth under the target fails,                        2025, 2025-01-01, 2025-12-31, 1300000.00, 4.69,  0,      0,       true,    true,         true,           true,           false,  1200000.00
            no score in the window: not decided although sales failed,         2025, 2025-01-01, 2025-12-31, 10.00,      -,     0,      0,       false,   false,        true,           true,           false,  1200000.00
            12 general points fail compliance,                                 2025, 2025-01-01, 2025-12-31, 1300000.00, 4.90,  12,     0,       true,    true,         true,           true,           false,  1200000.00
            a serious violation fails compliance,                              2025, 2025-01-01, 2025-12-31, 1300000.00, 4.90,  0,      1,       true,    true,         true,           true,           false,  1200000.00
            89 formal days: a short year does not assess sales or score,       2025, 2025-10-04, 2025-12-31, 0.00,       -,     0,      0,       true,    true,         false,          false,          true,   292602.74
            a short year still assesses compliance,                            2025, 2025-10-04, 2025-12-31, 0.00,       -,     12,     0,       true,    true,         false,          false,          false,  292602.74
            90 formal days are no short year,                                  2025, 2025-10-03, 2025-12-31, 0.00,       4.90,  0,      0,       true,    false,        true,           true,           false,  295890.41
            """)
    void assessesTheYear(String description, int year, LocalDate from, LocalDate to, BigDecimal sales, BigDecimal score,
            int points, int serious, boolean decided, boolean salesPassed, boolean salesAssessed,
            boolean scoreAssessed, boolean passed, BigDecimal proRated) {
        DateRange window = new DateRange(from, to);

        AnnualAssessment assessment = RULES.assess(AnnualKind.ANNUAL, year, window, FormalYears.assessmentDue(year),
                AGREEMENT, facts(sales, score == null ? null : new ScoreSnapshot(to, score), points, serious, window));

        assertThat(assessment.awaitingData()).isEqualTo(!decided);
        assertThat(assessment.sales().passed()).isEqualTo(salesPassed);
        assertThat(assessment.sales().assessed()).isEqualTo(salesAssessed);
        assertThat(assessment.sales().proRatedTarget()).isEqualByComparingTo(proRated);
        assertThat(assessment.sales().target()).isEqualByComparingTo("1200000.00");
        assertThat(assessment.sales().total()).isEqualByComparingTo(sales);
        assertThat(assessment.daysInYear()).isEqualTo(FormalYears.daysIn(year));
        assessment.serviceScore().ifPresent(s -> assertThat(s.assessed()).isEqualTo(scoreAssessed));
        if (decided) {
            assertThat(assessment.passed()).isEqualTo(passed);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                              year, warned on,  sales,     score, serious, passed
            the review pro-rates the assessed year's target to its 90 days,      2025, 2026-01-01, 295890.42, 4.70,  0,       true
            a cent under 1200000 x 90 / 365 fails,                               2025, 2026-01-01, 295890.41, 4.70,  0,       false
            a leap assessed year pro-rates over 366 days,                        2024, 2025-01-01, 295081.97, 4.70,  0,       true
            a serious violation in the period fails the review,                  2025, 2026-01-01, 400000.00, 4.90,  1,       false
            """)
    void reviewsTheRectificationPeriod(String description, int year, LocalDate warnedOn, BigDecimal sales,
            BigDecimal score, int serious, boolean passed) {
        DateRange period = FormalYears.rectificationPeriod(warnedOn);

        AnnualAssessment review = RULES.assess(AnnualKind.RECTIFICATION, year, period, FormalYears.reviewDue(warnedOn),
                AGREEMENT, facts(sales, new ScoreSnapshot(period.last(), score), 0, serious, period));

        assertThat(period.days()).isEqualTo(90);
        assertThat(review.sales().assessed()).as("a review is never a short year").isTrue();
        assertThat(review.passed()).isEqualTo(passed);
        assertThat(review.daysInYear()).isEqualTo(FormalYears.daysIn(year));
    }

    @Test
    void aReviewWithoutAScoreInItsPeriodWaitsForData() {
        DateRange period = FormalYears.rectificationPeriod(LocalDate.of(2026, 1, 1));

        AnnualAssessment review = RULES.assess(AnnualKind.RECTIFICATION, 2025, period, LocalDate.of(2026, 4, 1),
                AGREEMENT, facts(new BigDecimal("1.00"), null, 0, 0, period));

        assertThat(review.awaitingData()).isTrue();
        assertThat(review.missing()).containsExactly(MissingData.SERVICE_SCORE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            # case,                                                           warned on,  period to,  review due
            warned on 1 January of a common year: 1 Jan to 31 Mar due 1 Apr,  2026-01-01, 2026-03-31, 2026-04-01
            warned on 1 January of a leap year: 1 Jan to 30 Mar due 31 Mar,   2028-01-01, 2028-03-30, 2028-03-31
            warned late on the day of the decision: 90 days from then,        2026-02-15, 2026-05-15, 2026-05-16
            """)
    void theRectificationPeriodIsNinetyDaysFromTheWarning(String description, LocalDate warnedOn, LocalDate to,
            LocalDate reviewDue) {
        assertThat(FormalYears.rectificationPeriod(warnedOn)).isEqualTo(new DateRange(warnedOn, to));
        assertThat(FormalYears.reviewDue(warnedOn)).isEqualTo(reviewDue);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                     launch,     formal since, year, first formal day, days
            the worked example: formal since 29 July of a leap year,    2024-01-01, 2024-07-29,   2024, 2024-07-29,       156
            the next year is a whole year,                              2024-01-01, 2024-07-29,   2025, 2025-01-01,       365
            not yet formal in a year: no formal day,                    2024-06-01, 2024-12-28,   2023, -,                 0
            formal on 31 December: one formal day,                      2024-06-04, 2024-12-31,   2024, 2024-12-31,       1
            """)
    void theFormalDaysOfAYearStartWhenTheStoreBecameFormal(String description, LocalDate launch,
            LocalDate formalSince, int year, LocalDate first, int days) {
        assertThat(FormalYears.formalSince(launch)).isEqualTo(formalSince);
        Optional<DateRange> formalDays = FormalYears.formalDays(year, formalSince);

        assertThat(formalDays.map(DateRange::first)).isEqualTo(Optional.ofNullable(first));
        assertThat(formalDays.map(DateRange::days).orElse(0L)).isEqualTo(days);
        formalDays.ifPresent(d -> assertThat(d.last()).isEqualTo(LocalDate.of(year, 12, 31)));
    }

    @Test
    void theAssessmentOfAYearIsDueOnTheFirstOfJanuaryAfterIt() {
        assertThat(FormalYears.assessmentDue(2025)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(FormalYears.clearanceEffective(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                             formal since, year, agreement
            the first year ends before it began formal: the launch agreement,   2024-07-29,   2024, 1
            a year that begins formal: the version in force on 1 January,       2024-07-29,   2025, 2
            and every later year renews to the version of its 1 January,        2024-07-29,   2027, 3
            formal since 1 January: that year already renews,                   2025-01-01,   2025, 2
            """)
    void aYearsAgreementIsTheLaunchVersionUntilTheFirstYearThatBeginsFormal(String description,
            LocalDate formalSince, int year, long agreement) {
        AgreementVersion launch = agreement(1, LocalDate.of(2000, 1, 1), "1000000.00", "4.50");
        Agreements agreements = new Agreements(launch, List.of(launch,
                agreement(2, LocalDate.of(2024, 9, 1), "1200000.00", "4.70"),
                agreement(3, LocalDate.of(2026, 6, 1), "1500000.00", "4.80")));

        assertThat(agreements.of(year, formalSince).id()).isEqualTo(agreement);
    }

    /** Facts of a window: {@code points} general points and {@code serious} SERIOUS violations on its first day. */
    static WindowFacts facts(BigDecimal sales, ScoreSnapshot score, int points, int serious, DateRange window) {
        List<ViolationFact> violations = new ArrayList<>();
        if (points > 0) {
            violations.add(new ViolationFact(1, window.first(), false, points, false));
        }
        for (int i = 0; i < serious; i++) {
            violations.add(new ViolationFact(10 + i, window.first(), true, 0, false));
        }
        return new WindowFacts(sales, null, Optional.ofNullable(score), violations);
    }

}
