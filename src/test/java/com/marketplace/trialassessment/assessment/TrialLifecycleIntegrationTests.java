package com.marketplace.trialassessment.assessment;

import static com.marketplace.trialassessment.support.Fixtures.checkpointDay;
import static com.marketplace.trialassessment.support.Fixtures.decimal;
import static com.marketplace.trialassessment.support.Fixtures.defaultSalesTarget;
import static com.marketplace.trialassessment.support.Fixtures.defaultScoreTarget;
import static com.marketplace.trialassessment.support.Fixtures.displayedMonthlyAverage;
import static com.marketplace.trialassessment.support.Fixtures.id;
import static com.marketplace.trialassessment.support.Fixtures.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/** Whole trials, end to end over HTTP. */
@IntegrationTest
class TrialLifecycleIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Per-day sales that pass every checkpoint's sales target by monthly average (150,000 a month). */
    static final String GOOD_DAY = "5000.00";
    /** A score above every service-score target. */
    static final String GOOD_SCORE = "4.80";
    /** A day within days 1..D(k) of every checkpoint, for a good score snapshot. */
    static final int GOOD_SCORE_DAY = 20;

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
    void storeThatMeetsEveryTargetBecomesFormalInOneEvaluation() {
        Trial trial = launchedDaysAgo(250).sales(1, 210, "5000.00").score(85, "4.80").score(200, "4.75");

        String result = trial.evaluate();

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("FORMAL");
        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(1, 2, 3, 4);
        assertThat((List<String>) JsonPath.read(result, "$.decided[*].outcome")).containsOnly("PASSED");
        assertThat((Object) JsonPath.read(result, "$.awaitingData")).isNull();
        assertThat(Fixtures.decimal(result, "$.decided[3].sales.cumulative")).isEqualByComparingTo("1050000.00");
        assertThat((String) JsonPath.read(result, "$.decided[3].sales.basis")).isEqualTo("MONTHLY_AVERAGE");
        assertThat((String) JsonPath.read(result, "$.decided[3].serviceScore.scoreDate"))
                .isEqualTo(trial.day(200).toString());
        assertThat((String) JsonPath.read(result, "$.decided[0].trigger")).isEqualTo("REQUEST");
        assertThat((String) JsonPath.read(result, "$.decided[0].dueDate")).isEqualTo(trial.day(31).toString());
        assertThat((String) JsonPath.read(trial.store(), "$.status")).isEqualTo("FORMAL");

        String again = trial.evaluate();
        assertThat((List<?>) JsonPath.read(again, "$.decided")).isEmpty();
        assertThat((Integer) JsonPath.read(trial.verdicts(), "$.total")).isEqualTo(4);

        String history = trial.statusHistory();
        assertThat((Integer) JsonPath.read(history, "$.total")).isEqualTo(1);
        assertThat((String) JsonPath.read(history, "$.items[0].fromStatus")).isEqualTo("TRIAL");
        assertThat((String) JsonPath.read(history, "$.items[0].toStatus")).isEqualTo("FORMAL");
        assertThat((String) JsonPath.read(history, "$.items[0].cause")).isEqualTo("TRIAL_PASSED");
        assertThat((Integer) JsonPath.read(history, "$.items[0].checkpoint")).isEqualTo(4);
        assertThat(id(history, "$.items[0].verdictId")).isEqualTo(id(result, "$.decided[3].id"));
    }

    /**
     * Days 1..150 sell 4,000 a day (enough for checkpoints 1..3), days 151..180 nothing, and days
     * 181..210 sell 4,000 a day with {@code lastDay} on day 210: the monthly average at checkpoint 4
     * misses, so only the last 30 days can pass it.
     */
    Trial missesMonthlyAverageAtCheckpointFour(String lastDay) {
        return launchedDaysAgo(250)
                .sales(1, 150, "4000.00")
                .sales(181, 209, "4000.00")
                .salesOn(java.util.Map.of(210, lastDay))
                .score(GOOD_SCORE_DAY, GOOD_SCORE);
    }

    @Test
    void passesCheckpointFourOnFinalThirtyDaysWhenTheyExceedTheTargetAlthoughTheMonthlyAverageMisses() {
        Trial trial = missesMonthlyAverageAtCheckpointFour("4000.01");
        BigDecimal finalThirtyDays = new BigDecimal("4000.00").multiply(BigDecimal.valueOf(29))
                .add(new BigDecimal("4000.01"));
        BigDecimal cumulative = new BigDecimal("4000.00").multiply(BigDecimal.valueOf(150)).add(finalThirtyDays);
        assertThat(finalThirtyDays).isGreaterThan(defaultSalesTarget(4));
        assertThat(cumulative).isLessThan(defaultSalesTarget(4).multiply(BigDecimal.valueOf(months(4))));

        String result = trial.evaluate();

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("FORMAL");
        assertThat((List<String>) JsonPath.read(result, "$.decided[*].outcome"))
                .containsExactly("PASSED", "PASSED", "PASSED", "PASSED");
        assertThat((String) JsonPath.read(result, "$.decided[2].sales.basis")).isEqualTo("MONTHLY_AVERAGE");
        assertThat(JsonPath.<Object>read(result, "$.decided[2].sales.final30DaysSales")).isNull();
        assertThat((String) JsonPath.read(result, "$.decided[3].sales.basis")).isEqualTo("FINAL_30_DAYS");
        assertThat(decimal(result, "$.decided[3].sales.final30DaysSales")).isEqualByComparingTo(finalThirtyDays);
        assertThat(decimal(result, "$.decided[3].sales.cumulative")).isEqualByComparingTo(cumulative);
        assertThat(decimal(result, "$.decided[3].sales.monthlyAverage"))
                .isEqualByComparingTo(displayedMonthlyAverage(cumulative, 4));
        assertThat((Boolean) JsonPath.read(result, "$.decided[3].sales.passed")).isTrue();
    }

    @Test
    void failsCheckpointFourWhenFinalThirtyDaysOnlyEqualTheTarget() {
        Trial trial = missesMonthlyAverageAtCheckpointFour("4000.00");
        BigDecimal finalThirtyDays = new BigDecimal("4000.00").multiply(BigDecimal.valueOf(30));
        assertThat(finalThirtyDays).isEqualByComparingTo(defaultSalesTarget(4));

        String result = trial.evaluate();

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("TERMINATED");
        assertThat((List<String>) JsonPath.read(result, "$.decided[*].outcome"))
                .containsExactly("PASSED", "PASSED", "PASSED", "FAILED");
        assertThat(decimal(result, "$.decided[3].sales.final30DaysSales")).isEqualByComparingTo(finalThirtyDays);
        assertThat(JsonPath.<Object>read(result, "$.decided[3].sales.basis")).isNull();
        assertThat((Boolean) JsonPath.read(result, "$.decided[3].sales.passed")).isFalse();
        assertThat((List<String>) JsonPath.read(result, "$.decided[3].failedRequirements")).containsExactly("SALES");
        assertThat((String) JsonPath.read(trial.statusHistory(), "$.items[0].toStatus")).isEqualTo("TERMINATED");
    }

    /** A way a checkpoint can fail, with the requirement that fails. */
    enum FailureCause {
        SALES("SALES"), SERVICE_SCORE("SERVICE_SCORE"), SERIOUS_VIOLATION("COMPLIANCE"),
        GENERAL_POINTS("COMPLIANCE");

        final String requirement;

        FailureCause(String requirement) {
            this.requirement = requirement;
        }
    }

    static Stream<Arguments> failuresAtEachCheckpoint() {
        List<Arguments> cases = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            for (FailureCause cause : FailureCause.values()) {
                if (cause == FailureCause.SERVICE_SCORE && k == 1) {
                    continue; // checkpoint 1 never assesses the service score
                }
                cases.add(Arguments.of(k, cause));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "checkpoint {0}, {1}")
    @MethodSource("failuresAtEachCheckpoint")
    void storeFailingACheckpointIsTerminatedThereAndNeverDecidedFurther(int k, FailureCause cause) {
        Trial trial = launchedDaysAgo(250);
        int lastDay = checkpointDay(k);
        // the first day that counts at checkpoint k but not at checkpoint k-1
        int previousDay = k == 1 ? 0 : checkpointDay(k - 1);
        int firstNewDay = previousDay + 1;
        List<Long> violationIds = new ArrayList<>();
        BigDecimal smallDay = new BigDecimal("100.00");
        if (cause == FailureCause.SALES) {
            if (previousDay > 0) {
                trial.sales(1, previousDay, GOOD_DAY);
            }
            trial.sales(firstNewDay, 210, smallDay.toPlainString());
        }
        else {
            trial.sales(1, 210, GOOD_DAY);
        }
        trial.score(GOOD_SCORE_DAY, GOOD_SCORE);
        BigDecimal lowScore = k == 1 ? null : defaultScoreTarget(k).subtract(new BigDecimal("0.01"));
        switch (cause) {
            case SERVICE_SCORE -> trial.score(firstNewDay, lowScore.toPlainString());
            case SERIOUS_VIOLATION -> violationIds.add(trial.violation(firstNewDay, "SERIOUS", 3));
            case GENERAL_POINTS -> {
                violationIds.add(trial.violation(firstNewDay, "GENERAL", 6));
                violationIds.add(trial.violation(lastDay, "GENERAL", 6));
            }
            case SALES -> {
            }
        }

        String result = trial.evaluate();

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("TERMINATED");
        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, k).boxed().toList());
        List<String> expectedOutcomes = new ArrayList<>(Collections.nCopies(k - 1, "PASSED"));
        expectedOutcomes.add("FAILED");
        assertThat((List<String>) JsonPath.read(result, "$.decided[*].outcome"))
                .containsExactlyElementsOf(expectedOutcomes);
        assertThat((Object) JsonPath.read(result, "$.awaitingData")).isNull();

        String failed = "$.decided[" + (k - 1) + "]";
        assertThat((List<String>) JsonPath.read(result, failed + ".failedRequirements"))
                .containsExactly(cause.requirement);
        assertThat((String) JsonPath.read(result, failed + ".dueDate")).isEqualTo(trial.dueDate(k).toString());
        assertThat((Integer) JsonPath.read(result, failed + ".targetVersion")).isEqualTo(1);
        assertThat(decimal(result, failed + ".sales.target")).isEqualByComparingTo(defaultSalesTarget(k));
        switch (cause) {
            case SALES -> {
                BigDecimal cumulative = new BigDecimal(GOOD_DAY).multiply(BigDecimal.valueOf(previousDay))
                        .add(smallDay.multiply(BigDecimal.valueOf(lastDay - previousDay)));
                assertThat(decimal(result, failed + ".sales.cumulative")).isEqualByComparingTo(cumulative);
                assertThat((Integer) JsonPath.read(result, failed + ".sales.months")).isEqualTo(months(k));
                assertThat(decimal(result, failed + ".sales.monthlyAverage"))
                        .isEqualByComparingTo(displayedMonthlyAverage(cumulative, k));
                assertThat(JsonPath.<Object>read(result, failed + ".sales.basis")).isNull();
                assertThat((Boolean) JsonPath.read(result, failed + ".sales.passed")).isFalse();
                if (k == 4) {
                    assertThat(decimal(result, failed + ".sales.final30DaysSales"))
                            .isEqualByComparingTo(smallDay.multiply(BigDecimal.valueOf(30)));
                }
                else {
                    assertThat(decimal(result, failed + ".sales.final30DaysSales")).isNull();
                }
            }
            case SERVICE_SCORE -> {
                assertThat((Boolean) JsonPath.read(result, failed + ".serviceScore.assessed")).isTrue();
                assertThat(decimal(result, failed + ".serviceScore.score")).isEqualByComparingTo(lowScore);
                assertThat((String) JsonPath.read(result, failed + ".serviceScore.scoreDate"))
                        .isEqualTo(trial.day(firstNewDay).toString());
                assertThat(decimal(result, failed + ".serviceScore.target")).isEqualByComparingTo(defaultScoreTarget(k));
                assertThat((Boolean) JsonPath.read(result, failed + ".serviceScore.passed")).isFalse();
            }
            case SERIOUS_VIOLATION -> {
                assertThat((Integer) JsonPath.read(result, failed + ".compliance.seriousViolations")).isEqualTo(1);
                assertThat((Integer) JsonPath.read(result, failed + ".compliance.generalPoints")).isZero();
                assertThat(ids(result, failed + ".compliance.countedViolationIds"))
                        .containsExactlyInAnyOrderElementsOf(violationIds);
                assertThat((Boolean) JsonPath.read(result, failed + ".compliance.passed")).isFalse();
            }
            case GENERAL_POINTS -> {
                assertThat((Integer) JsonPath.read(result, failed + ".compliance.seriousViolations")).isZero();
                assertThat((Integer) JsonPath.read(result, failed + ".compliance.generalPoints")).isEqualTo(12);
                assertThat(ids(result, failed + ".compliance.countedViolationIds"))
                        .containsExactlyInAnyOrderElementsOf(violationIds);
                assertThat((Boolean) JsonPath.read(result, failed + ".compliance.passed")).isFalse();
            }
        }
        long failedVerdictId = id(result, failed + ".id");

        String again = trial.evaluate();
        assertThat((List<?>) JsonPath.read(again, "$.decided")).isEmpty();
        assertThat((String) JsonPath.read(again, "$.status")).isEqualTo("TERMINATED");
        String verdicts = trial.verdicts();
        assertThat((Integer) JsonPath.read(verdicts, "$.total")).isEqualTo(k);
        assertThat((List<Integer>) JsonPath.read(verdicts, "$.items[*].checkpoint"))
                .allSatisfy(checkpoint -> assertThat(checkpoint).isLessThanOrEqualTo(k));
        assertThat((String) JsonPath.read(trial.store(), "$.status")).isEqualTo("TERMINATED");

        String history = trial.statusHistory();
        assertThat((Integer) JsonPath.read(history, "$.total")).isEqualTo(1);
        assertThat((String) JsonPath.read(history, "$.items[0].fromStatus")).isEqualTo("TRIAL");
        assertThat((String) JsonPath.read(history, "$.items[0].toStatus")).isEqualTo("TERMINATED");
        assertThat((String) JsonPath.read(history, "$.items[0].cause")).isEqualTo("CHECKPOINT_FAILED");
        assertThat((Integer) JsonPath.read(history, "$.items[0].checkpoint")).isEqualTo(k);
        assertThat(id(history, "$.items[0].verdictId")).isEqualTo(failedVerdictId);
    }

    @Test
    void checkpointWithoutAScoreWithinItsDaysWaitsForDataAndIsDecidedOnceTheScoreArrives() {
        // today is day 101: checkpoints 1 and 2 are due, 3 is not
        Trial trial = launchedDaysAgo(100).sales(1, 100, GOOD_DAY).score(91, GOOD_SCORE);

        String waiting = trial.evaluate();

        assertThat((String) JsonPath.read(waiting, "$.status")).isEqualTo("TRIAL");
        assertThat((List<Integer>) JsonPath.read(waiting, "$.decided[*].checkpoint")).containsExactly(1);
        assertThat((String) JsonPath.read(waiting, "$.decided[0].outcome")).isEqualTo("PASSED");
        assertThat((Integer) JsonPath.read(waiting, "$.awaitingData.checkpoint")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(waiting, "$.awaitingData.missing")).containsExactly("SERVICE_SCORE");
        assertThat((List<Integer>) JsonPath.read(trial.verdicts(), "$.items[*].checkpoint")).containsExactly(1);

        String stillWaiting = trial.evaluate();
        assertThat((List<?>) JsonPath.read(stillWaiting, "$.decided")).isEmpty();
        assertThat((Integer) JsonPath.read(stillWaiting, "$.awaitingData.checkpoint")).isEqualTo(2);
        assertThat((String) JsonPath.read(trial.store(), "$.status")).isEqualTo("TRIAL");
        assertThat((Integer) JsonPath.read(trial.statusHistory(), "$.total")).isZero();

        trial.score(checkpointDay(2), "4.61");
        String decided = trial.evaluate();

        assertThat((List<Integer>) JsonPath.read(decided, "$.decided[*].checkpoint")).containsExactly(2);
        assertThat((String) JsonPath.read(decided, "$.decided[0].outcome")).isEqualTo("PASSED");
        assertThat((String) JsonPath.read(decided, "$.decided[0].serviceScore.scoreDate"))
                .isEqualTo(trial.day(checkpointDay(2)).toString());
        assertThat(decimal(decided, "$.decided[0].serviceScore.score")).isEqualByComparingTo("4.61");
        assertThat((Object) JsonPath.read(decided, "$.awaitingData")).isNull();
        assertThat((String) JsonPath.read(decided, "$.status")).isEqualTo("TRIAL");
    }

    @Test
    void storeKeepsTheTargetVersionInForceOnItsLaunchDateWhileLaterStoresGetTheNewOne() {
        Trial signedVersionOne = launchedDaysAgo(250).sales(1, 210, GOOD_DAY)
                .score(GOOD_SCORE_DAY, GOOD_SCORE);
        // version 2 asks four times the sales of version 1: 200,000 a month at checkpoint 1
        String higherTargets = Fixtures.DEFAULT_TARGETS.replace("50000.00", "200000.00");
        LocalDate versionTwoFrom = signedVersionOne.launchDate().plusDays(1);
        assertThat(signedVersionOne.addTargetVersion(versionTwoFrom, higherTargets)).isEqualTo(2);
        Trial signedVersionTwo = signedVersionOne.another(versionTwoFrom).sales(1, 210, GOOD_DAY)
                .score(GOOD_SCORE_DAY, GOOD_SCORE);
        BigDecimal cumulativeAtOne = new BigDecimal(GOOD_DAY).multiply(BigDecimal.valueOf(checkpointDay(1)));

        String one = signedVersionOne.evaluate();
        String two = signedVersionTwo.evaluate();

        assertThat((Integer) JsonPath.read(signedVersionOne.store(), "$.targetVersion")).isEqualTo(1);
        assertThat((String) JsonPath.read(one, "$.status")).isEqualTo("FORMAL");
        assertThat((List<Integer>) JsonPath.read(one, "$.decided[*].targetVersion")).containsOnly(1);
        assertThat(decimal(one, "$.decided[0].sales.target")).isEqualByComparingTo(defaultSalesTarget(1));
        assertThat(decimal(one, "$.decided[0].sales.cumulative")).isEqualByComparingTo(cumulativeAtOne);

        assertThat((Integer) JsonPath.read(signedVersionTwo.store(), "$.targetVersion")).isEqualTo(2);
        assertThat((String) JsonPath.read(two, "$.status")).isEqualTo("TERMINATED");
        assertThat((List<Integer>) JsonPath.read(two, "$.decided[*].checkpoint")).containsExactly(1);
        assertThat((Integer) JsonPath.read(two, "$.decided[0].targetVersion")).isEqualTo(2);
        assertThat(decimal(two, "$.decided[0].sales.target")).isEqualByComparingTo("200000.00");
        assertThat(decimal(two, "$.decided[0].sales.cumulative")).isEqualByComparingTo(cumulativeAtOne);
        assertThat((List<String>) JsonPath.read(two, "$.decided[0].failedRequirements")).containsExactly("SALES");
    }

    @Test
    void verdictKeepsItsFiguresWhenDataArrivesAfterIt() {
        Trial trial = launchedDaysAgo(40).sales(1, 30, GOOD_DAY);
        String first = trial.evaluate();
        long verdictId = id(first, "$.decided[0].id");
        BigDecimal cumulative = new BigDecimal(GOOD_DAY).multiply(BigDecimal.valueOf(checkpointDay(1)));
        assertThat(decimal(first, "$.decided[0].sales.cumulative")).isEqualByComparingTo(cumulative);

        trial.sales(1, 30, "1000.00");
        long lateViolation = trial.violation(10, "SERIOUS", 3);

        String verdicts = trial.verdicts();
        assertThat((Integer) JsonPath.read(verdicts, "$.total")).isEqualTo(1);
        assertThat(id(verdicts, "$.items[0].id")).isEqualTo(verdictId);
        assertThat((String) JsonPath.read(verdicts, "$.items[0].outcome")).isEqualTo("PASSED");
        assertThat(decimal(verdicts, "$.items[0].sales.cumulative")).isEqualByComparingTo(cumulative);
        assertThat(decimal(verdicts, "$.items[0].sales.monthlyAverage"))
                .isEqualByComparingTo(displayedMonthlyAverage(cumulative, 1));
        assertThat((Integer) JsonPath.read(verdicts, "$.items[0].compliance.seriousViolations")).isZero();
        assertThat(ids(verdicts, "$.items[0].compliance.countedViolationIds")).doesNotContain(lateViolation);
        assertThat((List<?>) JsonPath.read(trial.evaluate(), "$.decided")).isEmpty();
        assertThat((String) JsonPath.read(trial.store(), "$.status")).isEqualTo("TRIAL");
        // the new data itself was stored: the same figures decided now would fail
        String sales = trial.get("/daily-sales?size=500");
        assertThat((List<Object>) JsonPath.read(sales, "$.items[*].amount"))
                .allSatisfy(amount -> assertThat(new BigDecimal(amount.toString())).isEqualByComparingTo("1000.00"));
    }

    static List<Long> ids(String json, String path) {
        List<Number> numbers = JsonPath.read(json, path);
        return numbers.stream().map(Number::longValue).toList();
    }
}
