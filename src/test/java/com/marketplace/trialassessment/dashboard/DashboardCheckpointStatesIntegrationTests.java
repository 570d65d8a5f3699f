package com.marketplace.trialassessment.dashboard;

import static com.marketplace.trialassessment.support.Fixtures.decimal;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Every state a checkpoint can show in {@code GET /api/stores/{id}/assessment}: PASSED, FAILED, DUE,
 * AWAITING_DATA, UPCOMING and NOT_REACHED. Targets: sales 50,000 / 80,000 / 100,000 / 120,000 a month
 * (so 50,000 / 240,000 / 500,000 / 840,000 by days 30 / 90 / 150 / 210); scores 4.60 / 4.65 / 4.70.
 */
@IntegrationTest
class DashboardCheckpointStatesIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 2, 1);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Test
    void aCheckpointIsUpcomingThroughItsDayAndDueFromItsDueDate() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(30));
        store.sales(1, 30, "2000.00");

        String onDay30 = store.assessment();
        assertThat(states(onDay30)).containsExactly("UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING");
        assertThat((Integer) JsonPath.read(onDay30, "$.checkpoints[0].remainingDays")).isEqualTo(1);

        clock.setToday(LocalDate.of(2026, 3, 3)); // launch + 30 days: checkpoint 1's due date
        String onDueDate = store.assessment();
        assertThat((Integer) JsonPath.read(onDueDate, "$.trialDay")).isEqualTo(31);
        assertThat(states(onDueDate)).containsExactly("DUE", "UPCOMING", "UPCOMING", "UPCOMING");
        assertThat((String) JsonPath.read(onDueDate, "$.checkpoints[0].dueDate")).isEqualTo("2026-03-03");
        assertThat((String) JsonPath.read(onDueDate, "$.checkpoints[1].dueDate")).isEqualTo("2026-05-02");
        assertThat((String) JsonPath.read(onDueDate, "$.checkpoints[2].dueDate")).isEqualTo("2026-07-01");
        assertThat((String) JsonPath.read(onDueDate, "$.checkpoints[3].dueDate")).isEqualTo("2026-08-30");
        assertThat((Integer) JsonPath.read(onDueDate, "$.nextCheckpoint")).isEqualTo(1);
        assertThat((List<?>) JsonPath.read(onDueDate, "$.checkpoints[*].verdictId")).isEmpty();
        // due, not decided: the figures stay on checkpoint 1, with no day left
        assertThat(decimal(onDueDate, "$.checkpoints[0].salesSoFar")).isEqualByComparingTo("60000.00");
        assertThat((Integer) JsonPath.read(onDueDate, "$.checkpoints[0].remainingDays")).isZero();
        assertThat((String) JsonPath.read(onDueDate, "$.outlook.ifDecidedToday.outcome")).isEqualTo("PASSED");
    }

    @Test
    void aPassedCheckpointShowsItsVerdictAndTheNextOneIsUpcoming() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(41));
        store.sales(1, 30, "2000.00");
        store.evaluate();

        String assessment = store.assessment();
        String verdicts = store.get("/verdicts");

        assertThat(states(assessment)).containsExactly("PASSED", "UPCOMING", "UPCOMING", "UPCOMING");
        assertThat(((Number) JsonPath.read(assessment, "$.checkpoints[0].verdictId")).longValue())
                .isEqualTo(((Number) JsonPath.read(verdicts, "$.items[0].id")).longValue());
        assertThat((Integer) JsonPath.read(assessment, "$.nextCheckpoint")).isEqualTo(2);
        // a decided checkpoint carries no progress figures; the next one does
        assertThat(checkpoint(assessment, 1)).doesNotContainKey("salesSoFar");
        assertThat(decimal(assessment, "$.checkpoints[1].salesSoFar")).isEqualByComparingTo("60000.00");
        assertThat(checkpoint(assessment, 3)).doesNotContainKey("salesSoFar");
    }

    @Test
    void aDueCheckpointWithoutAScoreAwaitsDataAndIsDueOnceOneArrives() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.dueDate(2)); // day 91
        store.sales(1, 90, "3000.00"); // 90,000 by day 30, 270,000 by day 90
        String evaluation = store.evaluate();
        assertThat((Integer) JsonPath.read(evaluation, "$.awaitingData.checkpoint")).isEqualTo(2);

        String waiting = store.assessment();
        assertThat(states(waiting)).containsExactly("PASSED", "AWAITING_DATA", "UPCOMING", "UPCOMING");
        assertThat((Integer) JsonPath.read(waiting, "$.nextCheckpoint")).isEqualTo(2);
        assertThat((String) JsonPath.read(waiting, "$.outlook.ifDecidedToday.serviceScore")).isEqualTo("MISSING");
        assertThat((String) JsonPath.read(waiting, "$.outlook.ifDecidedToday.outcome")).isEqualTo("AWAITING_DATA");
        assertThat(checkpoint(waiting, 2)).doesNotContainKey("latestScore");

        store.score(80, "4.70");
        String due = store.assessment();
        assertThat(states(due)).containsExactly("PASSED", "DUE", "UPCOMING", "UPCOMING");
        assertThat(decimal(due, "$.checkpoints[1].latestScore")).isEqualByComparingTo("4.70");
        assertThat((String) JsonPath.read(due, "$.outlook.ifDecidedToday.outcome")).isEqualTo("PASSED");

        store.evaluate();
        assertThat(states(store.assessment())).containsExactly("PASSED", "PASSED", "UPCOMING", "UPCOMING");
    }

    @Test
    void aScoreAfterTheCheckpointsDayDoesNotEndTheWait() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.day(95));
        store.sales(1, 90, "3000.00").score(91, "4.90"); // day 91 is after day 90: it does not count
        store.evaluate();

        String assessment = store.assessment();
        assertThat(states(assessment)).containsExactly("PASSED", "AWAITING_DATA", "UPCOMING", "UPCOMING");
    }

    @Test
    void aFailedCheckpointLeavesTheLaterOnesNotReached() {
        Trial store = new Fixtures(http).launch(LAUNCH);
        clock.setToday(store.dueDate(2));
        store.sales(1, 90, "3000.00").score(85, "4.59"); // below 4.60
        store.evaluate();

        String assessment = store.assessment();
        assertThat((String) JsonPath.read(assessment, "$.status")).isEqualTo("TERMINATED");
        assertThat(states(assessment)).containsExactly("PASSED", "FAILED", "NOT_REACHED", "NOT_REACHED");
        assertThat((List<?>) JsonPath.read(assessment, "$.checkpoints[*].verdictId")).hasSize(2);
        assertThat((Object) JsonPath.read(assessment, "$.nextCheckpoint")).isNull();
        assertThat((Object) JsonPath.read(assessment, "$.outlook")).isNull();

        // never due: a later date changes nothing
        clock.setToday(store.day(200));
        assertThat(states(store.assessment())).containsExactly("PASSED", "FAILED", "NOT_REACHED", "NOT_REACHED");
    }

    /** Checkpoint k of the assessment, as a map of its fields. */
    static Map<String, Object> checkpoint(String assessment, int k) {
        return JsonPath.read(assessment, "$.checkpoints[" + (k - 1) + "]");
    }

    static List<String> states(String assessment) {
        return JsonPath.read(assessment, "$.checkpoints[*].state");
    }
}
