package com.marketplace.trialassessment.dashboard;

import static com.marketplace.trialassessment.dashboard.DashboardCheckpointStatesIntegrationTests.checkpoint;
import static com.marketplace.trialassessment.dashboard.DashboardCheckpointStatesIntegrationTests.states;
import static com.marketplace.trialassessment.support.Fixtures.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * The next checkpoint's figures and the outlook over HTTP, each expected figure worked out by hand:
 * remaining days = today..day D(k) inclusive; run rate = sales so far / days 1..today (at most D(k));
 * projected = so far + run rate × the days after today; gap = (needed − projected) / needed.
 * Targets: 50,000 / 240,000 / 500,000 / 840,000 by days 30 / 90 / 150 / 210; scores 4.60 / 4.65 / 4.70.
 */
@IntegrationTest
class DashboardOutlookIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 1, 10);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Test
    void onDayOneTheRunRateIsWhatWasSoldToday() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(LAUNCH);
        store.sales(1, 1, "1500.00");

        String a = store.assessment();

        assertThat((Integer) JsonPath.read(a, "$.trialDay")).isEqualTo(1);
        assertThat(states(a)).containsExactly("UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING");
        assertThat((Integer) JsonPath.read(a, "$.nextCheckpoint")).isEqualTo(1);
        assertThat(decimal(a, "$.checkpoints[0].salesSoFar")).isEqualByComparingTo("1500.00");
        assertThat(decimal(a, "$.checkpoints[0].salesNeeded")).isEqualByComparingTo("50000.00");
        assertThat(decimal(a, "$.checkpoints[0].salesStillNeeded")).isEqualByComparingTo("48500.00");
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[0].remainingDays")).isEqualTo(30);
        // 48,500 / 30 = 1,616.666.. rounded up, so that paying it every day reaches the target
        assertThat(decimal(a, "$.checkpoints[0].dailySalesNeeded")).isEqualByComparingTo("1616.67");
        assertThat(checkpoint(a, 1)).doesNotContainKeys("latestScore", "scoreTarget");
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[0].generalPoints")).isZero();
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[0].generalPointsBar")).isEqualTo(12);

        assertThat(decimal(a, "$.outlook.dailyRunRate")).isEqualByComparingTo("1500.00");
        // 1,500 + 1,500 × 29 days after today
        assertThat(decimal(a, "$.outlook.projectedCumulativeSales")).isEqualByComparingTo("45000.00");
        assertThat((Boolean) JsonPath.read(a, "$.outlook.projectedSalesPasses")).isFalse();
        // (50,000 − 45,000) / 50,000
        assertThat(decimal(a, "$.outlook.relativeSalesGap")).isEqualByComparingTo("0.1000");
        assertThat((Boolean) JsonPath.read(a, "$.outlook.atRisk")).isTrue();
        assertThat((String) JsonPath.read(a, "$.outlook.mostAtRisk")).isEqualTo("SALES");
        assertThat((Map<String, Object>) JsonPath.read(a, "$.outlook.ifDecidedToday"))
                .containsExactlyInAnyOrderEntriesOf(
                Map.of("sales", "FAIL", "serviceScore", "NOT_ASSESSED", "compliance", "PASS", "outcome", "FAILED"));
    }

    @Test
    void betweenCheckpointsTheProjectionRunsToTheNextCheckpointsDay() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(65));
        store.sales(1, 30, "2000.00").sales(31, 64, "1000.00"); // 60,000 + 34,000 = 94,000
        store.score(40, "4.62");
        store.violation(35, "GENERAL", 3);
        store.evaluate(); // checkpoint 1 passes with 60,000

        String a = store.assessment();

        assertThat(states(a)).containsExactly("PASSED", "UPCOMING", "UPCOMING", "UPCOMING");
        assertThat((Integer) JsonPath.read(a, "$.nextCheckpoint")).isEqualTo(2);
        assertThat((String) JsonPath.read(a, "$.checkpoints[1].dueDate")).isEqualTo(LAUNCH.plusDays(90).toString());
        assertThat(decimal(a, "$.checkpoints[1].salesSoFar")).isEqualByComparingTo("94000.00");
        assertThat(decimal(a, "$.checkpoints[1].salesNeeded")).isEqualByComparingTo("240000.00");
        assertThat(decimal(a, "$.checkpoints[1].salesStillNeeded")).isEqualByComparingTo("146000.00");
        // days 65..90
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[1].remainingDays")).isEqualTo(26);
        // 146,000 / 26 = 5,615.38.. rounded up
        assertThat(decimal(a, "$.checkpoints[1].dailySalesNeeded")).isEqualByComparingTo("5615.39");
        assertThat(decimal(a, "$.checkpoints[1].latestScore")).isEqualByComparingTo("4.62");
        assertThat((String) JsonPath.read(a, "$.checkpoints[1].latestScoreDate")).isEqualTo(store.day(40).toString());
        assertThat(decimal(a, "$.checkpoints[1].scoreTarget")).isEqualByComparingTo("4.60");
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[1].generalPoints")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[1].seriousViolations")).isZero();

        assertThat((Integer) JsonPath.read(a, "$.outlook.checkpoint")).isEqualTo(2);
        // 94,000 over days 1..65 = 1,446.1538..
        assertThat(decimal(a, "$.outlook.dailyRunRate")).isEqualByComparingTo("1446.15");
        // 94,000 + 1,446.1538.. × 25 days after today = 94,000 + 36,153.85
        assertThat(decimal(a, "$.outlook.projectedCumulativeSales")).isEqualByComparingTo("130153.85");
        assertThat(decimal(a, "$.outlook.salesNeeded")).isEqualByComparingTo("240000.00");
        assertThat((Object) JsonPath.read(a, "$.outlook.projectedFinal30DaysSales")).isNull();
        // (240,000 − 130,153.846..) / 240,000 = 0.45769..
        assertThat(decimal(a, "$.outlook.relativeSalesGap")).isEqualByComparingTo("0.4577");
        assertThat((Boolean) JsonPath.read(a, "$.outlook.atRisk")).isTrue();
        // sales −45.77% against score +0.43% ((4.62 − 4.60) / 4.60) and compliance +75% ((12 − 3) / 12)
        assertThat((String) JsonPath.read(a, "$.outlook.mostAtRisk")).isEqualTo("SALES");
        assertThat((Map<String, Object>) JsonPath.read(a, "$.outlook.ifDecidedToday"))
                .containsExactlyInAnyOrderEntriesOf(
                Map.of("sales", "FAIL", "serviceScore", "PASS", "compliance", "PASS", "outcome", "FAILED"));
    }

    @Test
    void inTheLastThirtyDaysCheckpointFourAlsoProjectsDays181To210() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(191));
        // 510,000 by day 150; nothing on days 151..180; 9,496 a day on days 181..190 = 94,960
        store.sales(1, 150, "3400.00").sales(181, 190, "9496.00");
        store.score(80, "4.80"); // the latest score up to days 90, 150 and 210
        store.evaluate(); // checkpoints 1..3 pass: 102,000 / 306,000 / 510,000

        String a = store.assessment();

        assertThat(states(a)).containsExactly("PASSED", "PASSED", "PASSED", "UPCOMING");
        assertThat(decimal(a, "$.checkpoints[3].salesSoFar")).isEqualByComparingTo("604960.00");
        assertThat(decimal(a, "$.checkpoints[3].salesNeeded")).isEqualByComparingTo("840000.00");
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[3].remainingDays")).isEqualTo(20);
        // (840,000 − 604,960) / 20 = 11,752
        assertThat(decimal(a, "$.checkpoints[3].dailySalesNeeded")).isEqualByComparingTo("11752.00");
        // 604,960 / 191 = 3,167.3298.. a day; 604,960 + 3,167.3298.. × 19 = 665,139.27 misses 840,000 ...
        assertThat(decimal(a, "$.outlook.dailyRunRate")).isEqualByComparingTo("3167.33");
        assertThat(decimal(a, "$.outlook.projectedCumulativeSales")).isEqualByComparingTo("665139.27");
        // ... but days 181..210 at 94,960 + 3,167.3298.. × 19 = 155,139.27 exceed 120,000: no risk
        assertThat(decimal(a, "$.outlook.projectedFinal30DaysSales")).isEqualByComparingTo("155139.27");
        assertThat((Boolean) JsonPath.read(a, "$.outlook.projectedSalesPasses")).isTrue();
        // (840,000 − 665,139.267..) / 840,000 = 0.20817..
        assertThat(decimal(a, "$.outlook.relativeSalesGap")).isEqualByComparingTo("0.2082");
        assertThat((Boolean) JsonPath.read(a, "$.outlook.atRisk")).isFalse();
        // today neither 604,960 >= 840,000 nor 94,960 > 120,000
        assertThat((String) JsonPath.read(a, "$.outlook.ifDecidedToday.sales")).isEqualTo("FAIL");
    }

    @Test
    void pastItsLastCheckpointNothingIsLeftToProject() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(151));
        store.sales(1, 150, "4000.00").score(80, "4.80");
        store.evaluate(); // checkpoints 1..3 pass: 120,000 / 360,000 / 600,000
        clock.setToday(store.day(250));
        store.sales(151, 210, "4000.00"); // 840,000 by day 210: exactly the target
        store.sales(220, 220, "9999.00"); // after day 210: counts nowhere

        String a = store.assessment();

        assertThat((Integer) JsonPath.read(a, "$.trialDay")).isEqualTo(250);
        assertThat(states(a)).containsExactly("PASSED", "PASSED", "PASSED", "DUE");
        assertThat((Integer) JsonPath.read(a, "$.nextCheckpoint")).isEqualTo(4);
        assertThat(decimal(a, "$.checkpoints[3].salesSoFar")).isEqualByComparingTo("840000.00");
        assertThat(decimal(a, "$.checkpoints[3].salesStillNeeded")).isEqualByComparingTo("0.00");
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[3].remainingDays")).isZero();
        assertThat(checkpoint(a, 4)).doesNotContainKey("dailySalesNeeded");
        // 840,000 over days 1..210 only
        assertThat(decimal(a, "$.outlook.dailyRunRate")).isEqualByComparingTo("4000.00");
        assertThat(decimal(a, "$.outlook.projectedCumulativeSales")).isEqualByComparingTo("840000.00");
        assertThat(decimal(a, "$.outlook.projectedFinal30DaysSales")).isEqualByComparingTo("120000.00");
        assertThat(decimal(a, "$.outlook.relativeSalesGap")).isEqualByComparingTo("0");
        assertThat((Boolean) JsonPath.read(a, "$.outlook.atRisk")).isFalse();
        assertThat((String) JsonPath.read(a, "$.outlook.ifDecidedToday.outcome")).isEqualTo("PASSED");

        String curve = store.get("/assessment/sales-curve");
        assertThat((List<?>) JsonPath.read(curve, "$")).hasSize(210);
        assertThat((Integer) JsonPath.read(curve, "$[209].day")).isEqualTo(210);
        assertThat(decimal(curve, "$[209].cumulative")).isEqualByComparingTo("840000.00");
    }

    @Test
    void aLateStoreWaitingForItsFirstScorePastTheTrialsEndProjectsNothing() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(250));
        store.sales(1, 249, "2000.00");
        store.evaluate(); // checkpoint 1 passes with 60,000; checkpoint 2 waits for a score

        String a = store.assessment();

        assertThat(states(a)).containsExactly("PASSED", "AWAITING_DATA", "AWAITING_DATA", "AWAITING_DATA");
        assertThat((Integer) JsonPath.read(a, "$.nextCheckpoint")).isEqualTo(2);
        assertThat(decimal(a, "$.checkpoints[1].salesSoFar")).isEqualByComparingTo("180000.00");
        assertThat((Integer) JsonPath.read(a, "$.checkpoints[1].remainingDays")).isZero();
        assertThat(checkpoint(a, 2)).doesNotContainKeys("dailySalesNeeded", "latestScore");
        // 180,000 over days 1..90
        assertThat(decimal(a, "$.outlook.dailyRunRate")).isEqualByComparingTo("2000.00");
        assertThat(decimal(a, "$.outlook.projectedCumulativeSales")).isEqualByComparingTo("180000.00");
        // (240,000 − 180,000) / 240,000
        assertThat(decimal(a, "$.outlook.relativeSalesGap")).isEqualByComparingTo("0.2500");
        assertThat((Boolean) JsonPath.read(a, "$.outlook.atRisk")).isTrue();
        assertThat((String) JsonPath.read(a, "$.outlook.ifDecidedToday.outcome")).isEqualTo("AWAITING_DATA");
    }

    @Test
    void aTerminatedStoreHasNoOutlook() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(31));
        store.sales(1, 30, "1000.00"); // 30,000 < 50,000
        store.evaluate();

        String a = store.assessment();

        assertThat((String) JsonPath.read(a, "$.status")).isEqualTo("TERMINATED");
        assertThat(states(a)).containsExactly("FAILED", "NOT_REACHED", "NOT_REACHED", "NOT_REACHED");
        assertThat((Object) JsonPath.read(a, "$.nextCheckpoint")).isNull();
        assertThat((Object) JsonPath.read(a, "$.outlook")).isNull();
        assertThat((List<?>) JsonPath.read(a, "$.checkpoints[*].salesSoFar")).isEmpty();
        assertThat((List<?>) JsonPath.read(a, "$.checkpoints[*].dailySalesNeeded")).isEmpty();
        // every checkpoint still shows its targets
        assertThat((List<?>) JsonPath.read(a, "$.checkpoints[*].salesTarget")).hasSize(4);
    }

    @Test
    void aFormalStoreHasEveryCheckpointPassedAndNoOutlook() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(211));
        store.sales(1, 210, "4000.00").score(80, "4.80");
        String evaluation = store.evaluate();
        assertThat((String) JsonPath.read(evaluation, "$.status")).isEqualTo("FORMAL");

        String a = store.assessment();
        String verdicts = store.get("/verdicts");

        assertThat((String) JsonPath.read(a, "$.status")).isEqualTo("FORMAL");
        assertThat(states(a)).containsExactly("PASSED", "PASSED", "PASSED", "PASSED");
        assertThat((List<Object>) JsonPath.read(a, "$.checkpoints[*].verdictId"))
                .containsExactlyElementsOf(JsonPath.read(verdicts, "$.items[*].id"));
        assertThat((Object) JsonPath.read(a, "$.nextCheckpoint")).isNull();
        assertThat((Object) JsonPath.read(a, "$.outlook")).isNull();
        assertThat((List<?>) JsonPath.read(a, "$.checkpoints[*].salesSoFar")).isEmpty();
    }

    @Test
    void theSalesCurveCountsDaysWithoutSalesAsZeroUpToToday() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(5));
        store.sales(1, 1, "100.50").sales(3, 3, "200.25");

        String curve = store.get("/assessment/sales-curve");

        assertThat((List<Integer>) JsonPath.read(curve, "$[*].day")).containsExactly(1, 2, 3, 4, 5);
        assertThat((List<String>) JsonPath.read(curve, "$[*].date")).containsExactly("2026-01-10", "2026-01-11",
                "2026-01-12", "2026-01-13", "2026-01-14");
        assertThat(decimals(curve, "$[*].amount")).containsExactly("100.50", "0.00", "200.25", "0.00", "0.00");
        assertThat(decimals(curve, "$[*].cumulative")).containsExactly("100.50", "100.50", "300.75", "300.75",
                "300.75");
    }

    /** The decimals at a path, each with 2 places, as text. */
    static List<String> decimals(String json, String path) {
        List<Object> values = JsonPath.read(json, path);
        return values.stream()
                .map(v -> new BigDecimal(v.toString()).setScale(2, RoundingMode.UNNECESSARY)
                        .toPlainString())
                .toList();
    }
}
