package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The daily view of a formal store's year (section 6), with the API's example worked out by hand. */
class AnnualOutlookTests {

    static final DateRange YEAR_2026 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @Test
    void theApisExample() {
        // 2026-12-01: 335 formal days so far of 365; 1,000,000.00 sold; score 4.75 against 4.70; 4 points
        LocalDate today = LocalDate.of(2026, 12, 1);
        WindowFacts soFar = new WindowFacts(new BigDecimal("1000000.00"), null,
                Optional.of(new ScoreSnapshot(LocalDate.of(2026, 11, 20), new BigDecimal("4.75"))),
                List.of(new ViolationFact(1, LocalDate.of(2026, 3, 3), false, 4, false)));

        AnnualOutlook outlook = outlook(YEAR_2026, today, soFar);

        assertThat(outlook.daysSoFar()).isEqualTo(335);
        assertThat(outlook.window().days()).isEqualTo(365);
        assertThat(outlook.soFar()).isEqualByComparingTo("1000000.00");
        // 1,200,000 x 335 / 365 = 1,101,369.863..
        assertThat(outlook.targetToDate()).isEqualByComparingTo("1101369.86");
        assertThat(outlook.targetForWindow()).isEqualByComparingTo("1200000.00");
        assertThat(outlook.stillNeeded()).isEqualByComparingTo("200000.00");
        // 200,000 over the 31 days from today to 31 December
        assertThat(outlook.dailyNeeded()).isEqualByComparingTo("6451.61");
        // 1,000,000 / 335 x 365 = 1,089,552.238..
        assertThat(outlook.projected()).isEqualByComparingTo("1089552.24");
        assertThat(outlook.salesIfEndedToday()).isEqualTo(RequirementOutlook.FAIL);
        assertThat(outlook.scoreIfEndedToday()).isEqualTo(RequirementOutlook.PASS);
        assertThat(outlook.complianceIfEndedToday()).isEqualTo(RequirementOutlook.PASS);
        assertThat(outlook.outcomeIfEndedToday()).isEqualTo(OutcomeToday.FAILED);
        assertThat(outlook.compliance().generalPoints()).isEqualTo(4);
        assertThat(outlook.atRisk()).isTrue();
        assertThat(outlook.mostAtRisk()).isEqualTo("SALES");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                       today,      sold,       score, points, to date,    projected,  at risk, most at risk, if ended
            a hair under pace: 598356.16 of 598356.1643..,              2026-07-01, 598356.16,  4.90,  0,      598356.16,  1199999.99, true,    SALES,        FAILED
            on pace: the projection reaches the year,                    2026-07-01, 598356.17,  4.90,  0,      598356.16,  1200000.01, false,   SALES,        PASSED
            a low score fails today whatever the sales,                  2026-07-01, 900000.00,  4.50,  0,      598356.16,  1804945.05, true,    SERVICE_SCORE, FAILED
            12 points fail today,                                        2026-07-01, 900000.00,  4.90,  12,     598356.16,  1804945.05, true,    COMPLIANCE,   FAILED
            no score yet: no decision today and no risk from the feed,   2026-07-01, 900000.00,  -,     0,      598356.16,  1804945.05, false,   SALES,        AWAITING_DATA
            """)
    void projectsTheYearAtTheCurrentPace(String description, LocalDate today, BigDecimal sold, BigDecimal score,
            int points, BigDecimal toDate, BigDecimal projected, boolean atRisk, String mostAtRisk,
            OutcomeToday ifEnded) {
        WindowFacts soFar = AnnualRulesTests.facts(sold, score == null ? null : new ScoreSnapshot(today, score), points,
                0, YEAR_2026);

        AnnualOutlook outlook = outlook(YEAR_2026, today, soFar);

        assertThat(outlook.targetToDate()).isEqualByComparingTo(toDate);
        assertThat(outlook.projected()).isEqualByComparingTo(projected);
        assertThat(outlook.atRisk()).isEqualTo(atRisk);
        assertThat(outlook.mostAtRisk()).isEqualTo(mostAtRisk);
        assertThat(outlook.outcomeIfEndedToday()).isEqualTo(ifEnded);
    }

    /** Whether a year is short is a matter of its formal days in the whole year, not of the days so far. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            # case,                                                        first formal day, today,      score, sales if ended, score if ended, at risk
            46 days into a full year: a low score is at risk,              2026-01-01,       2026-02-15, 3.00,  PASS,           FAIL,           true
            89 days into a full year: sales and score are assessed,        2026-01-01,       2026-03-30, 4.90,  PASS,           PASS,           false
            a short year: formal since 2026-10-04 (89 days),             2026-10-04,       2026-12-01, 3.00,  NOT_ASSESSED,   NOT_ASSESSED,   false
            90 formal days are a full one,                                 2026-10-03,       2026-12-01, 3.00,  PASS,           FAIL,           true
            """)
    void aYearIsShortOnlyByItsFormalDaysInTheWholeYear(String description, LocalDate first, LocalDate today,
            BigDecimal score, RequirementOutlook sales, RequirementOutlook scoreToday, boolean atRisk) {
        DateRange window = new DateRange(first, LocalDate.of(2026, 12, 31));
        WindowFacts soFar = AnnualRulesTests.facts(new BigDecimal("999999.00"), new ScoreSnapshot(today, score), 0, 0,
                window);

        AnnualOutlook outlook = outlook(window, today, soFar);

        assertThat(outlook.salesIfEndedToday()).isEqualTo(sales);
        assertThat(outlook.scoreIfEndedToday()).isEqualTo(scoreToday);
        assertThat(outlook.atRisk()).isEqualTo(atRisk);
    }

    @Test
    void aRectificationPeriodHasItsOwnFigures() {
        DateRange period = FormalYears.rectificationPeriod(LocalDate.of(2026, 1, 1));
        LocalDate today = LocalDate.of(2026, 2, 14);
        WindowFacts soFar = AnnualRulesTests.facts(new BigDecimal("100000.00"),
                new ScoreSnapshot(today, new BigDecimal("4.80")), 0, 0, period);

        AnnualOutlook outlook = AnnualOutlook.of(AnnualRulesTests.RULES, AnnualKind.RECTIFICATION, 2025, period,
                LocalDate.of(2026, 4, 1), AnnualRulesTests.AGREEMENT, today, soFar);

        assertThat(outlook.daysSoFar()).isEqualTo(45);
        assertThat(outlook.daysLeft()).isEqualTo(45);
        // 1,200,000 x 90 / 365 = 295,890.41; so far 45 days: 147,945.21
        assertThat(outlook.targetForWindow()).isEqualByComparingTo("295890.41");
        assertThat(outlook.targetToDate()).isEqualByComparingTo("147945.21");
        assertThat(outlook.projected()).isEqualByComparingTo("200000.00");
        assertThat(outlook.atRisk()).isTrue();
    }

    private static AnnualOutlook outlook(DateRange window, LocalDate today, WindowFacts soFar) {
        return AnnualOutlook.of(AnnualRulesTests.RULES, AnnualKind.ANNUAL, 2026, window, LocalDate.of(2027, 1, 1),
                AnnualRulesTests.AGREEMENT, today, soFar);
    }
}
