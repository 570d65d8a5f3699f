package com.marketplace.trialassessment.assessment;

import static com.marketplace.trialassessment.support.Fixtures.checkpointDay;
import static com.marketplace.trialassessment.support.Fixtures.decimal;
import static com.marketplace.trialassessment.support.Fixtures.defaultSalesTarget;
import static com.marketplace.trialassessment.support.Fixtures.defaultScoreTarget;
import static com.marketplace.trialassessment.support.Fixtures.displayedMonthlyAverage;
import static com.marketplace.trialassessment.support.Fixtures.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * The edges of the rule book as the service sees them through its SQL: due dates, the days 1..D(k)
 * and 181..210 windows, exact decimal comparison, revoked violations and the 12-point bar.
 */
@IntegrationTest
class CheckpointBoundariesIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String GOOD_DAY = "5000.00";
    static final String GOOD_SCORE = "4.80";

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    /** A store launched {@code days} days before today: today is day days+1. */
    Trial launchedDaysAgo(int days) {
        return new Fixtures(http).launch(TODAY.minusDays(days));
    }

    @Test
    void checkpointOneIsNotDecidedOnDayThirtyButOnTheDayAfter() {
        // today is day 30
        Trial trial = launchedDaysAgo(29).sales(1, 30, GOOD_DAY);

        String onDayThirty = trial.evaluate();

        assertThat((List<?>) JsonPath.read(onDayThirty, "$.decided")).isEmpty();
        assertThat((Object) JsonPath.read(onDayThirty, "$.awaitingData")).isNull();
        assertThat((Integer) JsonPath.read(trial.verdicts(), "$.total")).isZero();

        clock.setToday(trial.launchDate().plusDays(30));
        String onDueDate = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(onDueDate, "$.decided[*].checkpoint")).containsExactly(1);
        assertThat((String) JsonPath.read(onDueDate, "$.decided[0].dueDate"))
                .isEqualTo(trial.launchDate().plusDays(30).toString());
        assertThat((String) JsonPath.read(onDueDate, "$.decided[0].outcome")).isEqualTo("PASSED");
    }

    @Test
    void dueDateIsACalendarDateInTheBusinessZone() {
        LocalDate launch = TODAY.minusDays(29);
        ZoneId zone = clock.getZone();
        clock.set(launch.plusDays(29).atTime(23, 59).atZone(zone).toInstant());
        Trial trial = new Fixtures(http).launch(launch).sales(1, 30, GOOD_DAY);

        assertThat((List<?>) JsonPath.read(trial.evaluate(), "$.decided")).isEmpty();

        Instant justAfterMidnight = trial.dueDate(1).atTime(0, 30).atZone(zone).toInstant();
        // still the day before in UTC: only the business zone makes it the due date
        assertThat(LocalDate.ofInstant(justAfterMidnight, ZoneOffset.UTC)).isBefore(trial.dueDate(1));
        clock.set(justAfterMidnight);

        String result = trial.evaluate();
        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(1);
        assertThat(OffsetDateTime.parse(JsonPath.read(result, "$.decided[0].decidedAt")).toInstant())
                .isEqualTo(justAfterMidnight);
    }

    @ParameterizedTest(name = "checkpoint {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void checkpointIsDecidedOnItsDueDateAndNotTheDayBefore(int k) {
        LocalDate launch = TODAY.minusDays(checkpointDay(k) - 1L);
        clock.setToday(launch.plusDays(checkpointDay(k) - 1L));
        Trial trial = new Fixtures(http).launch(launch).sales(1, checkpointDay(k), GOOD_DAY)
                .score(20, GOOD_SCORE);

        String dayBefore = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(dayBefore, "$.decided[*].checkpoint"))
                .containsExactlyElementsOf(IntStream.range(1, k).boxed().toList());
        assertThat((String) JsonPath.read(dayBefore, "$.status")).isEqualTo("TRIAL");

        clock.setToday(trial.dueDate(k));
        String onDueDate = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(onDueDate, "$.decided[*].checkpoint")).containsExactly(k);
        assertThat((String) JsonPath.read(onDueDate, "$.decided[0].dueDate")).isEqualTo(trial.dueDate(k).toString());
        assertThat((String) JsonPath.read(onDueDate, "$.decided[0].outcome")).isEqualTo("PASSED");
        assertThat((String) JsonPath.read(onDueDate, "$.status")).isEqualTo(k == 4 ? "FORMAL" : "TRIAL");
    }

    @ParameterizedTest(name = "day 80 sells {0}: {1}")
    @CsvSource({"2999.99, FAILED", "3000.00, PASSED"})
    void comparesCumulativeSalesWithTargetTimesMonthsExactly(String dayEighty, String outcome) {
        // days 1..79 at 3,000.00, day 80 at 3,000.00 or one cent less: 240,000.00 = 80,000.00 x 3, or one cent under
        Trial trial = launchedDaysAgo(100).sales(1, 79, "3000.00").salesOn(Map.of(80, dayEighty))
                .score(85, GOOD_SCORE);
        BigDecimal cumulative = new BigDecimal("3000.00").multiply(BigDecimal.valueOf(79)).add(new BigDecimal(dayEighty));
        BigDecimal needed = defaultSalesTarget(2).multiply(BigDecimal.valueOf(months(2)));
        assertThat(cumulative.compareTo(needed) >= 0).isEqualTo("PASSED".equals(outcome));

        String result = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(1, 2);
        assertThat((String) JsonPath.read(result, "$.decided[1].outcome")).isEqualTo(outcome);
        assertThat(decimal(result, "$.decided[1].sales.cumulative")).isEqualByComparingTo(cumulative);
        // shown rounded to the target either way; decided on the exact figures
        assertThat(decimal(result, "$.decided[1].sales.monthlyAverage"))
                .isEqualByComparingTo(displayedMonthlyAverage(cumulative, 2))
                .isEqualByComparingTo(defaultSalesTarget(2));
        assertThat((Boolean) JsonPath.read(result, "$.decided[1].sales.passed")).isEqualTo("PASSED".equals(outcome));
        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("PASSED".equals(outcome) ? "TRIAL" : "TERMINATED");
    }

    /**
     * Checkpoints 1..3 pass on days 1..150 at 4,000.00; days 182..209 sell 112,000.00 in all, and one
     * sale of 8,000.01 on {@code day} would lift days 181..210 to 120,000.01, just over the target, if
     * it counts there. The monthly average at checkpoint 4 always misses.
     */
    @ParameterizedTest(name = "a sale on day {0}")
    @CsvSource({"180, false", "181, true", "210, true", "211, false"})
    void countsOnlyDaysOneEightyOneToTwoHundredTenAsTheFinalThirtyDays(int day, boolean countsInFinalDays) {
        BigDecimal spike = new BigDecimal("8000.01");
        Trial trial = launchedDaysAgo(250).sales(1, 150, "4000.00").sales(182, 209, "4000.00")
                .salesOn(Map.of(day, spike.toPlainString())).score(20, GOOD_SCORE);
        BigDecimal base = new BigDecimal("4000.00").multiply(BigDecimal.valueOf(28));
        BigDecimal finalDays = countsInFinalDays ? base.add(spike) : base;
        BigDecimal cumulative = new BigDecimal("4000.00").multiply(BigDecimal.valueOf(150)).add(base)
                .add(day <= checkpointDay(4) ? spike : BigDecimal.ZERO);
        assertThat(cumulative).isLessThan(defaultSalesTarget(4).multiply(BigDecimal.valueOf(months(4))));

        String result = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(1, 2, 3, 4);
        String four = "$.decided[3].sales";
        assertThat(decimal(result, four + ".final30DaysSales")).isEqualByComparingTo(finalDays);
        assertThat(decimal(result, four + ".cumulative")).isEqualByComparingTo(cumulative);
        assertThat((Boolean) JsonPath.read(result, four + ".passed")).isEqualTo(countsInFinalDays);
        assertThat(JsonPath.<String>read(result, four + ".basis")).isEqualTo(countsInFinalDays ? "FINAL_30_DAYS" : null);
        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo(countsInFinalDays ? "FORMAL" : "TERMINATED");
    }

    @Test
    void countsSalesOfDaysOneToDkOnlyInCumulativeK() {
        // sales every day up to day 160: each checkpoint must leave out the days after its own D(k)
        Trial trial = launchedDaysAgo(160).sales(1, 160, GOOD_DAY).score(20, GOOD_SCORE);

        String result = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(1, 2, 3);
        for (int k = 1; k <= 3; k++) {
            BigDecimal cumulative = new BigDecimal(GOOD_DAY).multiply(BigDecimal.valueOf(checkpointDay(k)));
            assertThat(decimal(result, "$.decided[" + (k - 1) + "].sales.cumulative")).as("cumulative(%d)", k)
                    .isEqualByComparingTo(cumulative);
        }
    }

    @Test
    void saleOnDayThirtyOneDoesNotCountAtCheckpointOne() {
        // days 1..29 at 1,000.00 and day 30 at 21,000.00 reach 50,000.00 exactly; day 31 sells a fortune
        Trial trial = launchedDaysAgo(40).sales(1, 29, "1000.00")
                .salesOn(Map.of(30, "21000.00", 31, "1000000.00"));

        String result = trial.evaluate();

        assertThat(decimal(result, "$.decided[0].sales.cumulative")).isEqualByComparingTo(defaultSalesTarget(1));
        assertThat((String) JsonPath.read(result, "$.decided[0].outcome")).isEqualTo("PASSED");
    }

    @Test
    void ignoresAScoreDatedTheDayAfterTheCheckpointAndUsesTheEarlierOne() {
        BigDecimal low = defaultScoreTarget(2).subtract(new BigDecimal("0.01"));
        Trial trial = launchedDaysAgo(100).sales(1, 100, GOOD_DAY)
                .score(checkpointDay(2), low.toPlainString()).score(checkpointDay(2) + 1, "5.00");

        String result = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(1, 2);
        assertThat((String) JsonPath.read(result, "$.decided[1].outcome")).isEqualTo("FAILED");
        assertThat(decimal(result, "$.decided[1].serviceScore.score")).isEqualByComparingTo(low);
        assertThat((String) JsonPath.read(result, "$.decided[1].serviceScore.scoreDate"))
                .isEqualTo(trial.day(checkpointDay(2)).toString());
        assertThat((List<String>) JsonPath.read(result, "$.decided[1].failedRequirements"))
                .containsExactly("SERVICE_SCORE");
    }

    @Test
    void waitsForDataWhenTheOnlyScoreIsDatedTheDayAfterTheCheckpoint() {
        Trial trial = launchedDaysAgo(100).sales(1, 100, GOOD_DAY).score(checkpointDay(2) + 1, "5.00");

        String result = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(1);
        assertThat((Integer) JsonPath.read(result, "$.awaitingData.checkpoint")).isEqualTo(2);
        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("TRIAL");
    }

    @Test
    void revokedViolationDoesNotCount() {
        Trial trial = launchedDaysAgo(40).sales(1, 30, GOOD_DAY);
        long serious = trial.violation(10, "SERIOUS", 6);
        long general = trial.violation(11, "GENERAL", 3);
        trial.revoke(serious);

        String result = trial.evaluate();

        assertThat((String) JsonPath.read(result, "$.decided[0].outcome")).isEqualTo("PASSED");
        assertThat((Integer) JsonPath.read(result, "$.decided[0].compliance.seriousViolations")).isZero();
        assertThat((Integer) JsonPath.read(result, "$.decided[0].compliance.generalPoints")).isEqualTo(3);
        assertThat(TrialLifecycleIntegrationTests.ids(result, "$.decided[0].compliance.countedViolationIds"))
                .containsExactly(general);
    }

    @ParameterizedTest(name = "{0} + {1} GENERAL points: {2}")
    @CsvSource({"5, 6, PASSED", "6, 6, FAILED", "0, 11, PASSED", "12, 0, FAILED"})
    void generalPointsFailComplianceFromTwelveOn(int first, int second, String outcome) {
        Trial trial = launchedDaysAgo(40).sales(1, 30, GOOD_DAY);
        trial.violation(1, "GENERAL", first);
        trial.violation(checkpointDay(1), "GENERAL", second);

        String result = trial.evaluate();

        assertThat((String) JsonPath.read(result, "$.decided[0].outcome")).isEqualTo(outcome);
        assertThat((Integer) JsonPath.read(result, "$.decided[0].compliance.generalPoints")).isEqualTo(first + second);
        assertThat((Boolean) JsonPath.read(result, "$.decided[0].compliance.passed"))
                .isEqualTo(first + second < 12);
    }

    @Test
    void violationOnDayThirtyCountsAtCheckpointOne() {
        Trial trial = launchedDaysAgo(40).sales(1, 30, GOOD_DAY);
        trial.violation(checkpointDay(1), "SERIOUS", 1);

        String result = trial.evaluate();

        assertThat((String) JsonPath.read(result, "$.decided[0].outcome")).isEqualTo("FAILED");
        assertThat((Integer) JsonPath.read(result, "$.decided[0].compliance.seriousViolations")).isEqualTo(1);
    }

    @Test
    void violationDatedAfterDkDoesNotCountAtCheckpointKButAtTheNext() {
        Trial trial = launchedDaysAgo(100).sales(1, 100, GOOD_DAY).score(85, GOOD_SCORE);
        long serious = trial.violation(checkpointDay(1) + 1, "SERIOUS", 1);

        String result = trial.evaluate();

        assertThat((List<String>) JsonPath.read(result, "$.decided[*].outcome")).containsExactly("PASSED", "FAILED");
        assertThat((Integer) JsonPath.read(result, "$.decided[0].compliance.seriousViolations")).isZero();
        assertThat((List<?>) JsonPath.read(result, "$.decided[0].compliance.countedViolationIds")).isEmpty();
        assertThat((Integer) JsonPath.read(result, "$.decided[1].compliance.seriousViolations")).isEqualTo(1);
        assertThat(TrialLifecycleIntegrationTests.ids(result, "$.decided[1].compliance.countedViolationIds"))
                .containsExactly(serious);
    }
}
