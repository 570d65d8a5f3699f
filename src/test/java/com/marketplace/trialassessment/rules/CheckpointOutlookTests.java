package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/**
 * The outlook's arithmetic, with every expected figure worked out by hand in the rows: remaining days
 * are today..D(k) inclusive, the run rate is sales so far over the days before today, the projection
 * is so far + rate × remaining.
 */
class CheckpointOutlookTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    static final CheckpointRules RULES = new CheckpointRules(new CompliancePolicy(12));

    @ParameterizedTest(name = "checkpoint {0}, day {1}, {2} so far against {3}: {4} days left, {5} a day")
    @CsvSource(nullValues = "-", textBlock = """
            # k, day, so far,   target,   left, per day needed, run rate, projected, passes, gap
            # run rate = sales so far / days 1..today (today's sales may be in); projected = so far + rate x days after today
            # day 1: the rate is what was sold today; 50,000 / 30 days left rounds up
              1,   1,      0.00, 50000.00,  30,  1666.67,     0.00,          0.00,  false,  1.0000
              1,   1,   1500.00, 50000.00,  30,  1616.67,  1500.00,      45000.00,  false,  0.1000
            # launch still ahead: no rate, the whole checkpoint is left
              1,   0,      0.00, 50000.00,  30,  1666.67,        -,          0.00,  false,  1.0000
            # exactly on target: 22,000 over 11 days is 2,000 a day, + 2,000 x 19 = 60,000 = 60,000 x 1
              1,  11,  22000.00, 60000.00,  20,  1900.00,  2000.00,     60000.00,   true,  0.0000
            # a cent short: 21,999.99 / 11 = 1,999.999..; + x 19 = 59,999.97 misses, although the gap shows as 0.0000;
            # still needed 38,000.01 / 20 = 1,900.0005, rounded up to 1,900.01
              1,  11,  21999.99, 60000.00,  20,  1900.01,  2000.00,     59999.97,  false,  0.0000
            # between checkpoints: 94,000 over 65 days = 1,446.15..; + x 25 = 130,153.85; 146,000 / 26 = 5,615.38.. rounded up
              2,  65,  94000.00, 80000.00,  26,  5615.39,  1446.15,    130153.85,  false,  0.4577
            # ahead: nothing still needed; 60,000 / 21 = 2,857.14.. + x 9
              1,  21,  60000.00, 50000.00,  10,     0.00,  2857.14,     85714.29,   true, -0.7143
            # the checkpoint's own day: today is the one day left, and no day comes after it
              1,  30,  49000.00, 50000.00,   1,  1000.00,  1633.33,     49000.00,  false,  0.0200
            # due date: no day left, so no per-day figure; the run rate counts days 1..30 only
              1,  31,  49000.00, 50000.00,   0,        -,  1633.33,     49000.00,  false,  0.0200
              2, 250, 180000.00, 80000.00,   0,        -,  2000.00,    180000.00,  false,  0.2500
            """)
    void projectsSalesAtTheCurrentRunRate(int k, int trialDay, BigDecimal soFar, BigDecimal target, int remaining,
            BigDecimal dailyNeeded, BigDecimal runRate, BigDecimal projected, boolean passes, BigDecimal gap) {
        CheckpointOutlook outlook = outlook(Checkpoint.of(k), trialDay, target, facts(soFar, null, List.of(), List.of()));

        assertThat(outlook.trialDay()).isEqualTo(trialDay);
        assertThat(outlook.salesSoFar()).isEqualByComparingTo(soFar);
        assertThat(outlook.salesNeeded()).isEqualByComparingTo(target.multiply(BigDecimal.valueOf(k == 1 ? 1 : 3)));
        assertThat(outlook.remainingDays()).isEqualTo(remaining);
        assertDecimal(outlook.dailySalesNeeded(), dailyNeeded);
        assertDecimal(outlook.dailyRunRate(), runRate);
        assertThat(outlook.projectedCumulativeSales()).isEqualByComparingTo(projected);
        assertThat(outlook.projectedSalesPasses()).isEqualTo(passes);
        assertThat(outlook.atRisk()).isEqualTo(!passes);
        assertThat(outlook.relativeSalesGap()).isEqualByComparingTo(gap);
        assertThat(outlook.projectedFinal30DaysSales()).isNull();
    }

    @ParameterizedTest(name = "checkpoint 4, day {0}: {1} so far, {2} in days 181..: projected {3}, last 30 days {4}")
    @CsvSource(textBlock = """
            # day, so far,   days 181.. so far, projected, projected 181..210, passes
            # 611,200 / 191 = 3,200 a day, 19 days after today: 672,000 misses 840,000, but 94,960 + 60,800 = 155,760 > 120,000
              191, 611200.00, 94960.00,         672000.00,  155760.00,         true
            # 573,000 / 191 = 3,000: 630,000 and 30,000 + 57,000 = 87,000 both miss
              191, 573000.00, 30000.00,         630000.00,   87000.00,         false
            # the last 30 days must sell more than the target: 63,000 + 57,000 = 120,000 exactly is not enough
              191, 573000.00, 63000.00,         630000.00,  120000.00,         false
            # before day 181 all 30 days of the final period are still ahead: 450,000 / 150 = 3,000 x 30
              150, 450000.00,        0,         630000.00,   90000.00,         false
            # on day 181, 29 days of the final period come after today
              181, 543000.00,        0,         630000.00,   87000.00,         false
            # due date: nothing left to project; 120,000.01 in days 181..210 passes on its own
              211, 700000.00, 120000.01,        700000.00,  120000.01,         true
            """)
    void projectsTheLastThirtyDaysAtCheckpointFour(int trialDay, BigDecimal soFar, BigDecimal finalSoFar,
            BigDecimal projected, BigDecimal projectedFinal, boolean passes) {
        CheckpointOutlook outlook = outlook(Checkpoint.FOURTH, trialDay, new BigDecimal("120000.00"),
                facts(soFar, finalSoFar, List.of(new ScoreSnapshot(LAUNCH.plusDays(100), new BigDecimal("4.80"))),
                        List.of()));

        assertThat(outlook.salesNeeded()).isEqualByComparingTo("840000.00");
        assertThat(outlook.remainingDays()).isEqualTo(Math.max(0, 210 - trialDay + 1));
        assertThat(outlook.projectedCumulativeSales()).isEqualByComparingTo(projected);
        assertThat(outlook.projectedFinal30DaysSales()).isEqualByComparingTo(projectedFinal);
        assertThat(outlook.projectedSalesPasses()).isEqualTo(passes);
        assertThat(outlook.atRisk()).isEqualTo(!passes);
    }

    @Test
    void checkpointFourOnItsDueDatePassesTodayOnTheLastThirtyDays() {
        CheckpointOutlook outlook = outlook(Checkpoint.FOURTH, 211, new BigDecimal("120000.00"),
                facts(new BigDecimal("700000.00"), new BigDecimal("120000.01"),
                        List.of(new ScoreSnapshot(LAUNCH.plusDays(100), new BigDecimal("4.80"))), List.of()));

        assertThat(outlook.salesToday()).isEqualTo(RequirementOutlook.PASS);
        assertThat(outlook.outcomeToday()).isEqualTo(OutcomeToday.PASSED);
        // 700,000 / 210 days = 3,333.33..
        assertThat(outlook.dailyRunRate()).isEqualByComparingTo("3333.33");
        assertThat(outlook.dailySalesNeeded()).isNull();
        assertThat(outlook.salesStillNeeded()).isEqualByComparingTo("140000.00");
    }

    @ParameterizedTest(name = "checkpoint 2, day 61, {1} so far, score {2}, {3} points, {4} serious: {5}, at risk {6}")
    @CsvSource(nullValues = "-", textBlock = """
            # checkpoint 2 on day 61: 30 days left, 60 behind; needed 240,000; score target 4.60; bar 12 points
            # k, so far,   score, points, serious, most at risk,  at risk
            # 120,000 -> 180,000 projected, 25% short: sales is the only miss
              2, 120000.00, 4.80,  0,      0,       SALES,         true
            # 240,000 -> 360,000 (50% ahead); score 4.80 is 4.3% above target; compliance 100% below the bar
              2, 240000.00, 4.80,  0,      0,       SERVICE_SCORE, false
            # a score below target fails today: margin -2.2%
              2, 240000.00, 4.50,  0,      0,       SERVICE_SCORE, true
            # score 5.00 is 8.7% above target, 11 points leave 1/12 = 8.3% to the bar
              2, 240000.00, 5.00, 11,      0,       COMPLIANCE,    false
            # 12 points reach the bar: fails
              2, 240000.00, 5.00, 12,      0,       COMPLIANCE,    true
            # a serious violation fails compliance whatever else
              2, 240000.00, 4.80,  0,      1,       COMPLIANCE,    true
              2, 120000.00, 4.80,  0,      1,       COMPLIANCE,    true
            # no score yet: it cannot be compared, and a late feed is no risk
              2, 240000.00,    -,  0,      0,       SALES,         false
            """)
    void picksTheRequirementWithTheSmallestMargin(int k, BigDecimal soFar, BigDecimal score, int points,
            int serious, String mostAtRisk, boolean atRisk) {
        List<ScoreSnapshot> scores = score == null ? List.of() : List.of(new ScoreSnapshot(LAUNCH.plusDays(50), score));
        CheckpointOutlook outlook = outlook(Checkpoint.of(k), 61, new BigDecimal("80000.00"),
                facts(soFar, null, scores, violations(points, serious)));

        assertThat(outlook.mostAtRisk()).isEqualTo(mostAtRisk);
        assertThat(outlook.atRisk()).isEqualTo(atRisk);
        assertThat(outlook.generalPoints()).isEqualTo(points);
        assertThat(outlook.seriousViolations()).isEqualTo(serious);
    }

    @ParameterizedTest(name = "checkpoint 1, day 21, {0} so far, {1} general points: {2}")
    @CsvSource(textBlock = """
            # 60,000 -> 90,000 projected, 80% ahead; no points: compliance 100% below the bar
              60000.00, 0, SALES
            # 6 points leave 50% to the bar
              60000.00, 6, COMPLIANCE
            """)
    void checkpointOneLeavesTheScoreOut(BigDecimal soFar, int points, String mostAtRisk) {
        CheckpointOutlook outlook = outlook(Checkpoint.FIRST, 21, new BigDecimal("50000.00"),
                facts(soFar, null, List.of(new ScoreSnapshot(LAUNCH.plusDays(10), new BigDecimal("1.00"))),
                        violations(points, 0)));

        assertThat(outlook.serviceScoreToday()).isEqualTo(RequirementOutlook.NOT_ASSESSED);
        assertThat(outlook.latestScore()).isNull();
        assertThat(outlook.mostAtRisk()).isEqualTo(mostAtRisk);
        assertThat(outlook.atRisk()).isFalse();
        assertThat(outlook.outcomeToday()).isEqualTo(OutcomeToday.PASSED);
    }

    @Test
    void ifDecidedTodayFollowsTheRulesRequirementByRequirement() {
        // checkpoint 2 on day 61: 120,000 of 240,000 so far; score 4.62 >= 4.60; 3 points < 12
        CheckpointOutlook outlook = outlook(Checkpoint.SECOND, 61, new BigDecimal("80000.00"),
                facts(new BigDecimal("120000.00"), null,
                        List.of(new ScoreSnapshot(LAUNCH.plusDays(50), new BigDecimal("4.62"))), violations(3, 0)));

        assertThat(outlook.salesToday()).isEqualTo(RequirementOutlook.FAIL);
        assertThat(outlook.serviceScoreToday()).isEqualTo(RequirementOutlook.PASS);
        assertThat(outlook.complianceToday()).isEqualTo(RequirementOutlook.PASS);
        assertThat(outlook.outcomeToday()).isEqualTo(OutcomeToday.FAILED);
        assertThat(outlook.latestScore()).isEqualByComparingTo("4.62");
        assertThat(outlook.latestScoreDate()).isEqualTo(LAUNCH.plusDays(50));
        assertThat(outlook.scoreTarget()).isEqualByComparingTo("4.60");
    }

    @Test
    void aMissingScoreMeansTheCheckpointWouldWaitForData() {
        CheckpointOutlook outlook = outlook(Checkpoint.SECOND, 91, new BigDecimal("80000.00"),
                facts(new BigDecimal("300000.00"), null, List.of(), List.of()));

        assertThat(outlook.serviceScoreToday()).isEqualTo(RequirementOutlook.MISSING);
        assertThat(outlook.outcomeToday()).isEqualTo(OutcomeToday.AWAITING_DATA);
        assertThat(outlook.latestScore()).isNull();
        assertThat(outlook.atRisk()).isFalse();
    }

    private static CheckpointOutlook outlook(Checkpoint checkpoint, int trialDay, BigDecimal salesTarget,
            WindowFacts facts) {
        Map<Checkpoint, CheckpointTarget> targets = new EnumMap<>(Checkpoint.class);
        targets.put(Checkpoint.FIRST, new CheckpointTarget(new BigDecimal("1.00"), null));
        targets.put(Checkpoint.SECOND, new CheckpointTarget(new BigDecimal("1.00"), new BigDecimal("4.60")));
        targets.put(Checkpoint.THIRD, new CheckpointTarget(new BigDecimal("1.00"), new BigDecimal("4.65")));
        targets.put(Checkpoint.FOURTH, new CheckpointTarget(new BigDecimal("1.00"), new BigDecimal("4.70")));
        targets.put(checkpoint, new CheckpointTarget(salesTarget, targets.get(checkpoint).serviceScoreTarget()));
        return CheckpointOutlook.of(RULES, checkpoint, LAUNCH, LAUNCH.plusDays(trialDay - 1L),
                new TargetSet(1, targets), facts);
    }

    /** The facts of the checkpoint's window; {@code latest}: at most one, the window's latest snapshot. */
    private static WindowFacts facts(BigDecimal soFar, BigDecimal finalSoFar, List<ScoreSnapshot> latest,
            List<ViolationFact> violations) {
        return new WindowFacts(soFar, finalSoFar, latest.stream().findFirst(), violations);
    }

    /** {@code generalPoints} as one GENERAL violation, and {@code serious} SERIOUS ones, all on day 5. */
    private static List<ViolationFact> violations(int generalPoints, int serious) {
        List<ViolationFact> violations = new ArrayList<>();
        if (generalPoints > 0) {
            violations.add(new ViolationFact(1, LAUNCH.plusDays(4), false, generalPoints, false));
        }
        for (int i = 0; i < serious; i++) {
            violations.add(new ViolationFact(100 + i, LAUNCH.plusDays(4), true, 0, false));
        }
        return violations;
    }

    private static void assertDecimal(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        }
        else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }
}
