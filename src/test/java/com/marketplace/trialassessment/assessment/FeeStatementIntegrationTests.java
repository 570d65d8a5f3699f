package com.marketplace.trialassessment.assessment;

import static com.marketplace.trialassessment.support.Fixtures.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * Annual-fee statements end to end over HTTP, on a clock moved from one due date to the next
 * (annual-assessment.md section 5): a year end, a trial that fails before and after one, a serious
 * violation's forfeiture, a clearance, a reinstated trial, thresholds to the cent, a fee not divisible
 * by 12; every figure of the statement.
 */
@IntegrationTest
class FeeStatementIntegrationTests {

    /** The fee terms of the worked example: 60,000.00 a year, half back from 360,000.00, all from 1,200,000.00. */
    static final String FEE = Fixtures.DEFAULT_FEE;

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    /**
     * A store launched on {@code launch} with the default annual standard and {@code fee}; the clock is
     * left far ahead, so that any data may be sent (no data dated after today is taken), and each
     * evaluation sets it to its day.
     */
    private Trial launch(LocalDate launch, String fee) {
        clock.setToday(LocalDate.of(2028, 6, 1));
        return new Fixtures(http).launchWithTerms(launch, Fixtures.DEFAULT_ANNUAL, fee);
    }

    /** The worked example: launched 2026-03-10, 60,000.00 in days 1..30 and {@code lastDay} on days 31..90. */
    private Trial workedExample(String fee, String daily, String lastDay) {
        Trial store = launch(LocalDate.of(2026, 3, 10), fee);
        store.sales(1, 30, "2000.00").sales(31, 89, daily).sales(90, 90, lastDay).score(80, "4.90");
        clock.setToday(store.dueDate(1));
        store.evaluate();
        return store;
    }

    @Test
    void theWorkedExampleFailsAtCheckpointTwoOnSalesAndGetsHalfOfWhatWasCharged() {
        Trial store = workedExample(FEE, "1500.00", "1500.00");
        clock.setToday(LocalDate.of(2026, 6, 8));

        String evaluated = store.evaluate();

        assertThat((String) JsonPath.read(evaluated, "$.status")).isEqualTo("TERMINATED");
        String fee = "$.feeStatements[0]";
        assertThat((List<Object>) JsonPath.read(evaluated, "$.feeStatements")).hasSize(1);
        assertThat((Integer) JsonPath.read(evaluated, fee + ".year")).isEqualTo(2026);
        assertThat((String) JsonPath.read(evaluated, fee + ".cause")).isEqualTo("TERMINATED");
        assertThat((String) JsonPath.read(evaluated, fee + ".dueDate")).isEqualTo("2026-06-08");
        assertThat((String) JsonPath.read(evaluated, fee + ".firstTradingDay")).isEqualTo("2026-03-10");
        assertThat((String) JsonPath.read(evaluated, fee + ".lastTradingDay")).isEqualTo("2026-06-07");
        assertThat((Integer) JsonPath.read(evaluated, fee + ".months")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(evaluated, fee + ".targetVersion")).isEqualTo(1);
        assertThat(decimal(evaluated, fee + ".annualFee")).isEqualByComparingTo("60000.00");
        assertThat(decimal(evaluated, fee + ".charged")).isEqualByComparingTo("20000.00");
        assertThat(decimal(evaluated, fee + ".unusedRefund")).isEqualByComparingTo("40000.00");
        assertThat(decimal(evaluated, fee + ".sales")).isEqualByComparingTo("150000.00");
        assertThat(decimal(evaluated, fee + ".halfRefundThreshold")).isEqualByComparingTo("120000.00");
        assertThat(decimal(evaluated, fee + ".fullRefundThreshold")).isEqualByComparingTo("400000.00");
        assertThat((String) JsonPath.read(evaluated, fee + ".tier")).isEqualTo("HALF");
        assertThat(decimal(evaluated, fee + ".tierRefund")).isEqualByComparingTo("10000.00");
        assertThat((Boolean) JsonPath.read(evaluated, fee + ".forfeited")).isFalse();
        assertThat(decimal(evaluated, fee + ".totalRefund")).isEqualByComparingTo("50000.00");
        assertThat((String) JsonPath.read(evaluated, fee + ".status")).isEqualTo("ISSUED");
        assertThat((String) JsonPath.read(evaluated, fee + ".issuedAt")).startsWith("2026-06-08T");

        String statements = store.feeStatements();
        assertThat((List<Integer>) JsonPath.read(statements, "$.items[*].year")).containsExactly(2026);
        assertThat(decimal(statements, "$.items[0].totalRefund")).isEqualByComparingTo("50000.00");
        assertThat((Object) JsonPath.read(store.store(), "$.nextDecision")).isNull();

        clock.setToday(LocalDate.of(2027, 1, 1));
        assertThat((List<Object>) JsonPath.read(store.evaluate(), "$.feeStatements"))
                .as("a store that left gets no YEAR_END").isEmpty();
    }

    @ParameterizedTest(name = "[{index}] sales {0}: {1}")
    @CsvSource(textBlock = """
            1000.00, HALF, 10000.00, 50000.00
            999.99,  NONE, 0.00,     40000.00
            """)
    void theProRatedHalfThresholdMetExactlyOrMissedByOneCent(String lastDay, String tier, String tierRefund,
            String total) {
        // 60,000.00 + 59 x 1,000.00 + the last day: 120,000.00 is the threshold pro-rated to 4 months
        Trial store = workedExample(FEE, "1000.00", lastDay);
        clock.setToday(LocalDate.of(2026, 6, 8));

        String evaluated = store.evaluate();

        assertThat(decimal(evaluated, "$.feeStatements[0].halfRefundThreshold")).isEqualByComparingTo("120000.00");
        assertThat((String) JsonPath.read(evaluated, "$.feeStatements[0].tier")).isEqualTo(tier);
        assertThat(decimal(evaluated, "$.feeStatements[0].tierRefund")).isEqualByComparingTo(tierRefund);
        assertThat(decimal(evaluated, "$.feeStatements[0].totalRefund")).isEqualByComparingTo(total);
    }

    @Test
    void aFeeNotDivisibleByTwelveRoundsChargedUnusedAndHalfTheTierRefundHalfUp() {
        Trial store = workedExample("""
                { "annualFee": 1000.00, "halfRefundSales": 100.00, "fullRefundSales": 1000000.00 }""",
                "1500.00", "1500.00");
        clock.setToday(LocalDate.of(2026, 6, 8));

        String evaluated = store.evaluate();

        String fee = "$.feeStatements[0]";
        assertThat(decimal(evaluated, fee + ".charged")).isEqualByComparingTo("333.33");
        assertThat(decimal(evaluated, fee + ".unusedRefund")).isEqualByComparingTo("666.67");
        assertThat(decimal(evaluated, fee + ".halfRefundThreshold")).isEqualByComparingTo("33.33");
        assertThat(decimal(evaluated, fee + ".fullRefundThreshold")).isEqualByComparingTo("333333.33");
        assertThat((String) JsonPath.read(evaluated, fee + ".tier")).isEqualTo("HALF");
        assertThat(decimal(evaluated, fee + ".tierRefund")).as("333.33 / 2 = 166.665").isEqualByComparingTo("166.67");
        assertThat(decimal(evaluated, fee + ".totalRefund")).isEqualByComparingTo("833.34");
    }

    @Test
    void failingOnASeriousViolationForfeitsEverything() {
        Trial store = launch(LocalDate.of(2026, 3, 10), FEE);
        store.sales(1, 90, "5000.00").score(80, "4.90");
        store.violation(40, "SERIOUS", 3);
        clock.setToday(store.dueDate(1));
        store.evaluate();
        clock.setToday(store.dueDate(2));

        String evaluated = store.evaluate();

        assertThat((String) JsonPath.read(evaluated, "$.status")).isEqualTo("TERMINATED");
        String fee = "$.feeStatements[0]";
        assertThat((Boolean) JsonPath.read(evaluated, fee + ".forfeited")).isTrue();
        assertThat(decimal(evaluated, fee + ".charged")).isEqualByComparingTo("20000.00");
        assertThat(decimal(evaluated, fee + ".unusedRefund")).isEqualByComparingTo("0.00");
        assertThat((String) JsonPath.read(evaluated, fee + ".tier")).isEqualTo("NONE");
        assertThat(decimal(evaluated, fee + ".tierRefund")).isEqualByComparingTo("0.00");
        assertThat(decimal(evaluated, fee + ".totalRefund")).isEqualByComparingTo("0.00");
        assertThat((Integer) JsonPath.read(evaluated, fee + ".seriousViolations")).isEqualTo(1);
    }

    @Test
    void aTrialOverAYearEndGetsAYearEndStatementThenATerminatedOneInTheNewYear() {
        // launched 2026-11-01: checkpoint 1 due 2026-12-01, checkpoint 2 due 2027-01-30 (day 90 = 2027-01-29)
        Trial store = launch(LocalDate.of(2026, 11, 1), FEE);
        store.sales(1, 90, "2000.00").score(80, "4.90");
        clock.setToday(store.dueDate(1));
        assertThat((List<Object>) JsonPath.read(store.evaluate(), "$.feeStatements")).isEmpty();
        assertThat((String) JsonPath.read(store.store(), "$.nextDecision.kind")).isEqualTo("FEE_STATEMENT");
        assertThat((String) JsonPath.read(store.store(), "$.nextDecision.dueOn")).isEqualTo("2027-01-01");

        clock.setToday(LocalDate.of(2027, 1, 1));
        String newYear = store.evaluate();

        String yearEnd = "$.feeStatements[0]";
        assertThat((String) JsonPath.read(newYear, "$.status")).isEqualTo("TRIAL");
        assertThat((String) JsonPath.read(newYear, yearEnd + ".cause")).isEqualTo("YEAR_END");
        assertThat((Integer) JsonPath.read(newYear, yearEnd + ".year")).isEqualTo(2026);
        assertThat((String) JsonPath.read(newYear, yearEnd + ".firstTradingDay")).isEqualTo("2026-11-01");
        assertThat((String) JsonPath.read(newYear, yearEnd + ".lastTradingDay")).isEqualTo("2026-12-31");
        assertThat((String) JsonPath.read(newYear, yearEnd + ".dueDate")).isEqualTo("2027-01-01");
        assertThat((Integer) JsonPath.read(newYear, yearEnd + ".months")).isEqualTo(2);
        assertThat(decimal(newYear, yearEnd + ".charged")).isEqualByComparingTo("10000.00");
        assertThat(decimal(newYear, yearEnd + ".unusedRefund")).isEqualByComparingTo("50000.00");
        assertThat(decimal(newYear, yearEnd + ".sales")).as("61 days of 2,000.00").isEqualByComparingTo("122000.00");
        assertThat((String) JsonPath.read(newYear, yearEnd + ".tier")).isEqualTo("HALF");
        assertThat(decimal(newYear, yearEnd + ".totalRefund")).isEqualByComparingTo("55000.00");
        assertThat((String) JsonPath.read(store.store(), "$.nextDecision.kind")).isEqualTo("CHECKPOINT");

        clock.setToday(store.dueDate(2));
        String failed = store.evaluate();

        assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("TERMINATED");
        String terminated = "$.feeStatements[0]";
        assertThat((String) JsonPath.read(failed, terminated + ".cause")).isEqualTo("TERMINATED");
        assertThat((Integer) JsonPath.read(failed, terminated + ".year")).isEqualTo(2027);
        assertThat((String) JsonPath.read(failed, terminated + ".firstTradingDay")).isEqualTo("2027-01-01");
        assertThat((String) JsonPath.read(failed, terminated + ".lastTradingDay")).isEqualTo("2027-01-29");
        assertThat((String) JsonPath.read(failed, terminated + ".dueDate")).isEqualTo("2027-01-30");
        assertThat((Integer) JsonPath.read(failed, terminated + ".months")).isEqualTo(1);
        assertThat(decimal(failed, terminated + ".charged")).isEqualByComparingTo("5000.00");
        assertThat(decimal(failed, terminated + ".unusedRefund")).isEqualByComparingTo("55000.00");
        assertThat(decimal(failed, terminated + ".sales")).isEqualByComparingTo("58000.00");
        assertThat(decimal(failed, terminated + ".halfRefundThreshold")).isEqualByComparingTo("30000.00");
        assertThat((String) JsonPath.read(failed, terminated + ".tier")).isEqualTo("HALF");
        assertThat(decimal(failed, terminated + ".tierRefund")).isEqualByComparingTo("2500.00");
        assertThat(decimal(failed, terminated + ".totalRefund")).isEqualByComparingTo("57500.00");

        String statements = store.feeStatements();
        assertThat((List<Integer>) JsonPath.read(statements, "$.items[*].year")).containsExactly(2026, 2027);
        assertThat((List<String>) JsonPath.read(statements, "$.items[*].status")).containsExactly("ISSUED", "ISSUED");
    }

    @Test
    void aTrialOverAYearEndThatFailsOnASeriousViolationForfeitsOnlyTheYearItLeft() {
        Trial store = launch(LocalDate.of(2026, 11, 1), FEE);
        store.sales(1, 90, "5000.00").score(80, "4.90");
        store.violation(70, "SERIOUS", 3); // 2027-01-09, in checkpoint 2's window
        clock.setToday(store.dueDate(1));
        store.evaluate();
        clock.setToday(LocalDate.of(2027, 1, 1));
        String yearEnd = store.evaluate();
        clock.setToday(store.dueDate(2));

        String failed = store.evaluate();

        assertThat((Boolean) JsonPath.read(yearEnd, "$.feeStatements[0].forfeited")).isFalse();
        assertThat((String) JsonPath.read(yearEnd, "$.feeStatements[0].tier")).as("305,000.00 in 2 months")
                .isEqualTo("FULL");
        assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("TERMINATED");
        assertThat((String) JsonPath.read(failed, "$.feeStatements[0].cause")).isEqualTo("TERMINATED");
        assertThat((Integer) JsonPath.read(failed, "$.feeStatements[0].year")).isEqualTo(2027);
        assertThat((Boolean) JsonPath.read(failed, "$.feeStatements[0].forfeited")).isTrue();
        assertThat(decimal(failed, "$.feeStatements[0].charged")).isEqualByComparingTo("5000.00");
        assertThat(decimal(failed, "$.feeStatements[0].totalRefund")).isEqualByComparingTo("0.00");
        assertThat((List<String>) JsonPath.read(store.feeStatements(), "$.items[*].status"))
                .as("the year end of 2026 stands").containsExactly("ISSUED", "ISSUED");
    }

    @Test
    void aCheckpointThatWaitedForDataAndThenFailsVoidsTheYearEndOfItsYear() {
        // launched 2026-10-01: checkpoint 2 is due on 2026-12-30 (day 91) and waits for a score
        Trial store = launch(LocalDate.of(2026, 10, 1), FEE);
        store.sales(1, 30, "2000.00").sales(31, 90, "1000.00");
        clock.setToday(store.dueDate(1));
        store.evaluate();
        clock.setToday(store.dueDate(2));
        assertThat((Integer) JsonPath.read(store.evaluate(), "$.awaitingData.checkpoint")).isEqualTo(2);
        clock.setToday(LocalDate.of(2027, 1, 1));
        String newYear = store.evaluate();
        assertThat((Integer) JsonPath.read(newYear, "$.awaitingData.checkpoint")).isEqualTo(2);
        assertThat((String) JsonPath.read(newYear, "$.feeStatements[0].cause"))
                .as("a decision waiting for data holds no statement back").isEqualTo("YEAR_END");
        long yearEnd = ((Number) JsonPath.read(newYear, "$.feeStatements[0].id")).longValue();

        // the score arrives: checkpoint 2 fails on sales (120,000.00 < 240,000.00), the trial ended on 2026-12-30
        clock.setToday(LocalDate.of(2027, 1, 10));
        store.score(80, "4.90");
        String failed = store.evaluate();

        assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("TERMINATED");
        String terminated = "$.feeStatements[0]";
        assertThat((String) JsonPath.read(failed, terminated + ".cause")).isEqualTo("TERMINATED");
        assertThat((Integer) JsonPath.read(failed, terminated + ".year")).isEqualTo(2026);
        assertThat((String) JsonPath.read(failed, terminated + ".dueDate")).isEqualTo("2026-12-30");
        assertThat((String) JsonPath.read(failed, terminated + ".lastTradingDay")).isEqualTo("2026-12-29");
        assertThat((Integer) JsonPath.read(failed, terminated + ".months")).isEqualTo(3);
        assertThat(decimal(failed, terminated + ".sales")).as("days 1..90, the trading days")
                .isEqualByComparingTo("120000.00");
        String statements = store.feeStatements();
        assertThat((List<Integer>) JsonPath.read(statements, "$.items[?(@.status == 'VOID')].id"))
                .containsExactly((int) yearEnd);
        assertThat((List<String>) JsonPath.read(statements, "$.items[?(@.status == 'ISSUED')].cause"))
                .containsExactly("TERMINATED");
    }

    @Test
    void aFormalStoreClearedForASeriousViolationForfeitsItsLastYearAndLosesTheTierOfTheYearOfTheViolation() {
        // launched 2024-06-01, formal since 2024-12-28; a serious violation in 2025 brings a notice on 2026-01-01
        Trial store = launch(LocalDate.of(2024, 6, 1), FEE).passingTrial()
                .salesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 30), "4000.00")
                .scoreOn(LocalDate.of(2025, 12, 20), "4.81");
        store.violationOn(LocalDate.of(2025, 5, 5), "SERIOUS", 3);
        clock.setToday(LocalDate.of(2026, 1, 1));
        String newYear = store.evaluate();
        assertThat((String) JsonPath.read(newYear, "$.annualResults[1].clearanceCause")).isEqualTo("VIOLATION");
        String yearEnd2025 = "$.feeStatements[1]";
        assertThat((Integer) JsonPath.read(newYear, yearEnd2025 + ".year")).isEqualTo(2025);
        assertThat((Integer) JsonPath.read(newYear, yearEnd2025 + ".seriousViolations")).isEqualTo(1);
        assertThat((String) JsonPath.read(newYear, yearEnd2025 + ".tier"))
                .as("1,460,000.00 would be FULL, but a serious violation was on a trading day").isEqualTo("NONE");
        assertThat((Boolean) JsonPath.read(newYear, yearEnd2025 + ".forfeited")).as("the store did not leave in 2025")
                .isFalse();

        clock.setToday(LocalDate.of(2026, 1, 31));
        String cleared = store.evaluate();

        assertThat((String) JsonPath.read(cleared, "$.status")).isEqualTo("CLEARED");
        String fee = "$.feeStatements[0]";
        assertThat((String) JsonPath.read(cleared, fee + ".cause")).isEqualTo("CLEARED");
        assertThat((String) JsonPath.read(cleared, fee + ".lastTradingDay")).isEqualTo("2026-01-30");
        assertThat((Integer) JsonPath.read(cleared, fee + ".months")).isEqualTo(1);
        assertThat(decimal(cleared, fee + ".charged")).isEqualByComparingTo("5000.00");
        assertThat((Boolean) JsonPath.read(cleared, fee + ".forfeited")).isTrue();
        assertThat(decimal(cleared, fee + ".unusedRefund")).isEqualByComparingTo("0.00");
        assertThat(decimal(cleared, fee + ".totalRefund")).isEqualByComparingTo("0.00");
    }

    @Test
    void eachYearOfAFormalStoreIsSettledUnderTheAgreementInForceOnItsFirstDay() {
        Trial store = launch(LocalDate.of(2024, 6, 1), FEE).passingTrial()
                .salesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), "4000.00")
                .scoreOn(LocalDate.of(2025, 12, 20), "4.81").scoreOn(LocalDate.of(2026, 12, 20), "4.81");
        new Fixtures(http).addTargetVersion(store.categoryCode(), LocalDate.of(2026, 1, 1), Fixtures.DEFAULT_TARGETS,
                Fixtures.DEFAULT_ANNUAL, """
                { "annualFee": 120000.00, "halfRefundSales": 360000.00, "fullRefundSales": 2400000.00 }""");
        clock.setToday(LocalDate.of(2027, 1, 1));

        String evaluated = store.evaluate();

        assertThat((List<Integer>) JsonPath.read(evaluated, "$.feeStatements[*].year")).containsExactly(2024, 2025, 2026);
        assertThat((List<Integer>) JsonPath.read(evaluated, "$.feeStatements[*].targetVersion"))
                .as("2024 under the launch version, 2025 under the version in force on 1 January 2025, 2026 under v2")
                .containsExactly(1, 1, 2);
        assertThat(decimal(evaluated, "$.feeStatements[2].annualFee")).isEqualByComparingTo("120000.00");
        assertThat((String) JsonPath.read(evaluated, "$.feeStatements[2].tier"))
                .as("1,460,000.00 is FULL under v1, HALF under v2's 2,400,000.00").isEqualTo("HALF");
        assertThat(decimal(evaluated, "$.feeStatements[2].totalRefund")).isEqualByComparingTo("60000.00");
        assertThat((String) JsonPath.read(evaluated, "$.feeStatements[1].tier")).isEqualTo("FULL");
    }

    @Test
    void aStoreLaunchedMidYearReachesHalfAtItsFirstYearEnd() {
        // launched 2026-03-10, formal since 2026-10-06; 4,000.00 a day through day 210 passes the trial
        Trial store = launch(LocalDate.of(2026, 3, 10), FEE);
        store.sales(1, 210, "4000.00").score(80, "4.90");
        clock.setToday(LocalDate.of(2027, 1, 1));

        String evaluated = store.evaluate();

        assertThat((List<Integer>) JsonPath.read(evaluated, "$.decided[*].checkpoint")).containsExactly(1, 2, 3, 4);
        assertThat((List<Integer>) JsonPath.read(evaluated, "$.annualResults[*].year")).containsExactly(2026);
        String fee = "$.feeStatements[0]";
        assertThat((List<Object>) JsonPath.read(evaluated, "$.feeStatements")).hasSize(1);
        assertThat((String) JsonPath.read(evaluated, fee + ".cause")).isEqualTo("YEAR_END");
        assertThat((String) JsonPath.read(evaluated, fee + ".firstTradingDay")).isEqualTo("2026-03-10");
        assertThat((String) JsonPath.read(evaluated, fee + ".lastTradingDay")).isEqualTo("2026-12-31");
        assertThat((Integer) JsonPath.read(evaluated, fee + ".months")).isEqualTo(10);
        assertThat(decimal(evaluated, fee + ".charged")).isEqualByComparingTo("50000.00");
        assertThat(decimal(evaluated, fee + ".unusedRefund")).isEqualByComparingTo("10000.00");
        assertThat(decimal(evaluated, fee + ".sales")).isEqualByComparingTo("840000.00");
        assertThat(decimal(evaluated, fee + ".halfRefundThreshold")).isEqualByComparingTo("300000.00");
        assertThat(decimal(evaluated, fee + ".fullRefundThreshold")).isEqualByComparingTo("1000000.00");
        assertThat((String) JsonPath.read(evaluated, fee + ".tier")).isEqualTo("HALF");
        assertThat(decimal(evaluated, fee + ".tierRefund")).isEqualByComparingTo("25000.00");
        assertThat(decimal(evaluated, fee + ".totalRefund")).isEqualByComparingTo("35000.00");
        assertThat((String) JsonPath.read(store.store(), "$.nextDecision.kind")).isEqualTo("ANNUAL_ASSESSMENT");
    }

    @Test
    void aFormalStoreClearedAfterAFailedReviewInAprilIsChargedFourMonths() {
        // launched 2024-06-01: formal since 2024-12-28; a poor 2025 warns it, a poor first quarter fails the review
        Trial store = launch(LocalDate.of(2024, 6, 1), FEE).passingTrial()
                .salesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 4, 30), "2000.00")
                .scoreOn(LocalDate.of(2025, 12, 20), "4.81").scoreOn(LocalDate.of(2026, 3, 20), "4.81");
        clock.setToday(LocalDate.of(2026, 1, 1));
        String newYear = store.evaluate();
        assertThat((List<Integer>) JsonPath.read(newYear, "$.feeStatements[*].year")).containsExactly(2024, 2025);
        assertThat((List<String>) JsonPath.read(newYear, "$.feeStatements[*].cause"))
                .containsExactly("YEAR_END", "YEAR_END");
        assertThat(decimal(newYear, "$.feeStatements[0].totalRefund")).as("7 months, FULL").isEqualByComparingTo("60000.00");
        assertThat(decimal(newYear, "$.feeStatements[1].totalRefund")).as("12 months, HALF").isEqualByComparingTo("30000.00");
        clock.setToday(LocalDate.of(2026, 4, 1));
        assertThat((String) JsonPath.read(store.evaluate(), "$.annualResults[0].consequence"))
                .isEqualTo("CLEARANCE_NOTICE");

        // with the notice pending, the year's fee is heading for a CLEARED statement of four months
        clock.setToday(LocalDate.of(2026, 4, 15));
        String standing = store.annualStanding();
        assertThat((String) JsonPath.read(standing, "$.feePreview.cause")).isEqualTo("CLEARED");
        assertThat((Integer) JsonPath.read(standing, "$.feePreview.months")).isEqualTo(4);
        assertThat(decimal(standing, "$.feePreview.projectedSales")).as("210,000.00 in 105 of 120 days")
                .isEqualByComparingTo("240000.00");
        assertThat((String) JsonPath.read(standing, "$.feePreview.tier")).isEqualTo("HALF");
        assertThat(decimal(standing, "$.feePreview.totalRefund")).isEqualByComparingTo("50000.00");

        clock.setToday(LocalDate.of(2026, 5, 1));
        String cleared = store.evaluate();

        assertThat((String) JsonPath.read(cleared, "$.status")).isEqualTo("CLEARED");
        String fee = "$.feeStatements[0]";
        assertThat((String) JsonPath.read(cleared, fee + ".cause")).isEqualTo("CLEARED");
        assertThat((Integer) JsonPath.read(cleared, fee + ".year")).isEqualTo(2026);
        assertThat((String) JsonPath.read(cleared, fee + ".dueDate")).isEqualTo("2026-05-01");
        assertThat((String) JsonPath.read(cleared, fee + ".firstTradingDay")).isEqualTo("2026-01-01");
        assertThat((String) JsonPath.read(cleared, fee + ".lastTradingDay")).isEqualTo("2026-04-30");
        assertThat((Integer) JsonPath.read(cleared, fee + ".months")).isEqualTo(4);
        assertThat(decimal(cleared, fee + ".charged")).isEqualByComparingTo("20000.00");
        assertThat(decimal(cleared, fee + ".unusedRefund")).isEqualByComparingTo("40000.00");
        assertThat(decimal(cleared, fee + ".sales")).as("120 days of 2,000.00").isEqualByComparingTo("240000.00");
        assertThat((String) JsonPath.read(cleared, fee + ".tier")).isEqualTo("HALF");
        assertThat(decimal(cleared, fee + ".totalRefund")).isEqualByComparingTo("50000.00");
        assertThat((Boolean) JsonPath.read(cleared, fee + ".forfeited")).as("cleared for failing the review")
                .isFalse();
        assertThat((List<Integer>) JsonPath.read(store.feeStatements(), "$.items[*].year"))
                .containsExactly(2024, 2025, 2026);
    }

    @Test
    void aReinstatedTrialsStatementIsVoidAndTheYearEndIssuedWhenTheYearIsOver() {
        Trial store = workedExample(FEE, "1500.00", "1500.00");
        clock.setToday(LocalDate.of(2026, 6, 8));
        long terminated = ((Number) JsonPath.read(store.evaluate(), "$.feeStatements[0].id")).longValue();

        // corrected sales: the appeal is upheld and the trial goes on
        store.sales(31, 90, "3000.00");
        clock.setToday(LocalDate.of(2026, 6, 20));
        String reinstated = store.reevaluate(2, "corrected sales feed");

        assertThat((String) JsonPath.read(reinstated, "$.status")).isEqualTo("TRIAL");
        assertThat((List<Object>) JsonPath.read(reinstated, "$.feeStatements")).isEmpty();
        String statements = store.feeStatements();
        assertThat((List<Integer>) JsonPath.read(statements, "$.items[*].id")).containsExactly((int) terminated);
        assertThat((String) JsonPath.read(statements, "$.items[0].status")).isEqualTo("VOID");
        assertThat((String) JsonPath.read(statements, "$.items[0].voidedAt")).startsWith("2026-06-20T");

        clock.setToday(LocalDate.of(2027, 1, 1));
        store.sales(91, 210, "5000.00").score(140, "4.90");
        String yearEnd = store.evaluate();

        assertThat((List<String>) JsonPath.read(yearEnd, "$.feeStatements[*].cause")).containsExactly("YEAR_END");
        assertThat((String) JsonPath.read(yearEnd, "$.feeStatements[0].lastTradingDay")).isEqualTo("2026-12-31");
        assertThat((Integer) JsonPath.read(yearEnd, "$.feeStatements[0].months")).isEqualTo(10);
        assertThat((List<String>) JsonPath.read(store.feeStatements(), "$.items[*].status"))
                .containsExactly("VOID", "ISSUED");
    }

    @Test
    void financeExportsAYearsStatementsAsCsv() {
        Trial store = workedExample(FEE, "1500.00", "1500.00");
        clock.setToday(LocalDate.of(2026, 6, 8));
        long id = ((Number) JsonPath.read(store.evaluate(), "$.feeStatements[0].id")).longValue();

        String csv = http.get().uri("/api/fee-statements?year=2026").accept(MediaType.parseMediaType("text/csv"))
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(String.class).returnResult().getResponseBody();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", FeeStatementExportController.COLUMNS));
        String line = java.util.Arrays.stream(lines).filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        Map<String, String> row = new java.util.HashMap<>();
        String[] values = line.split(",", -1);
        for (int i = 0; i < values.length; i++) {
            row.put(FeeStatementExportController.COLUMNS.get(i), values[i]);
        }
        assertThat(values).hasSize(FeeStatementExportController.COLUMNS.size());
        assertThat(row).containsEntry("store_id", Long.toString(store.storeId())).containsEntry("year", "2026")
                .containsEntry("cause", "TERMINATED").containsEntry("status", "ISSUED")
                .containsEntry("first_trading_day", "2026-03-10").containsEntry("last_trading_day", "2026-06-07")
                .containsEntry("months", "4").containsEntry("charged", "20000.00")
                .containsEntry("unused_refund", "40000.00").containsEntry("tier", "HALF")
                .containsEntry("tier_refund", "10000.00").containsEntry("forfeited", "false")
                .containsEntry("total_refund", "50000.00").containsEntry("voided_at", "")
                .containsEntry("trigger", "REQUEST");
        assertThat(row.get("issued_at")).as("seconds and microseconds always written")
                .matches("2026-06-08T\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+08:00");
    }

    @Test
    void theExportRefusesAYearThatIsNoYear() {
        http.get().uri("/api/fee-statements?year=19").accept(MediaType.parseMediaType("text/csv"))
                .exchange().expectStatus().isBadRequest();
        String missing = http.get().uri("/api/fee-statements").accept(MediaType.parseMediaType("text/csv"))
                .exchange().expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat((List<String>) JsonPath.read(missing, "$.errors[*].field")).containsExactly("year");
    }
}
