package com.marketplace.trialassessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.assessment.rules.Checkpoint;
import com.marketplace.trialassessment.assessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.store.StoreStatus;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * The one-statement snapshot of a store ({@link AssessmentQueries#snapshot}) reads the same facts as
 * the per-kind queries the evaluation uses ({@link AssessmentQueries#facts}), at every edge of every
 * checkpoint's windows, and the same current verdicts.
 */
@IntegrationTest
class StoreSnapshotIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** The first and last day of each window (1, 30, 90, 150, 181, 210) and the days just outside them. */
    static final int[] EDGE_DAYS = {1, 2, 29, 30, 31, 89, 90, 91, 149, 150, 151, 180, 181, 182, 209, 210, 211, 212};

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    AssessmentQueries queries;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void readsTheSameFactsAsTheEvaluationAtEveryEdgeOfTheWindows() {
        TrialScenario trial = TrialScenario.launch(http, TODAY.minusDays(250)).sales(1, 215, "1000.00");
        trial.salesOn(Map.of(1, "1.01", 30, "30.03", 31, "31.31", 90, "90.09", 91, "91.91", 150, "150.15",
                151, "151.51", 180, "180.18", 181, "181.81", 210, "210.21"));
        trial.salesOn(Map.of(211, "211.11", 212, "212.12"));
        for (int day : EDGE_DAYS) {
            trial.score(day, "4." + String.format("%02d", day % 100));
        }
        Arrays.stream(new int[] {1, 30, 31, 90, 91, 150, 151, 181, 210, 211})
                .forEach(day -> trial.violation(day, day % 2 == 0 ? "GENERAL" : "SERIOUS", day % 7));
        trial.revoke(trial.violation(29, "GENERAL", 5));

        StoreSnapshot snapshot = queries.snapshot(trial.storeId).orElseThrow();

        assertSameFactsAsTheEvaluation(snapshot);
        assertThat(snapshot.launchDate()).isEqualTo(trial.launchDate);
        assertThat(snapshot.status()).isEqualTo(StoreStatus.TRIAL);
        assertThat(snapshot.categoryCode()).isEqualTo(trial.categoryCode);
        assertThat(snapshot.merchantId()).isEqualTo(trial.merchantId);
        assertThat(snapshot.verdicts()).isEmpty();
    }

    @Test
    void readsZeroSalesAndNoScoresOrViolationsForAStoreWithoutData() {
        TrialScenario trial = TrialScenario.launch(http, TODAY.minusDays(250));

        StoreSnapshot snapshot = queries.snapshot(trial.storeId).orElseThrow();

        assertSameFactsAsTheEvaluation(snapshot);
        CheckpointFacts last = snapshot.facts().get(Checkpoint.FOURTH);
        assertThat(last.cumulativeSales()).isZero();
        assertThat(last.finalThirtyDaysSales()).isZero();
        assertThat(snapshot.facts().get(Checkpoint.FIRST).finalThirtyDaysSales()).isNull();
        assertThat(last.scores()).isEmpty();
        assertThat(last.violations()).isEmpty();
    }

    @Test
    void readsTheCurrentVerdictsOnlyAndTheStatus() {
        TrialScenario trial = TrialScenario.launch(http, TODAY.minusDays(40)).sales(1, 30, "5000.00");
        long serious = trial.violation(3, "SERIOUS", 1);
        trial.evaluate();
        trial.revoke(serious);
        trial.reevaluate(1, "appeal upheld");

        StoreSnapshot snapshot = queries.snapshot(trial.storeId).orElseThrow();

        assertThat(snapshot.verdicts()).isEqualTo(queries.currentVerdicts(List.of(trial.storeId)).get(trial.storeId));
        assertThat(snapshot.verdicts()).containsOnlyKeys(Checkpoint.FIRST);
        assertThat(snapshot.verdicts().get(Checkpoint.FIRST).passed()).isTrue();
        assertThat(snapshot.status()).isEqualTo(StoreStatus.TRIAL);
    }

    @Test
    void findsNothingForAStoreThatDoesNotExist() {
        assertThat(queries.snapshot(Long.MAX_VALUE)).isEmpty();
    }

    private void assertSameFactsAsTheEvaluation(StoreSnapshot snapshot) {
        List<FactsRequest> requests = Arrays.stream(Checkpoint.values())
                .map(c -> new FactsRequest(snapshot.storeId(), snapshot.launchDate(), c)).toList();
        Map<FactsRequest, CheckpointFacts> expected = queries.facts(requests);
        for (FactsRequest request : requests) {
            CheckpointFacts want = expected.get(request);
            CheckpointFacts got = snapshot.facts().get(request.checkpoint());
            String k = "checkpoint " + request.checkpoint().number();
            // equal as BigDecimal, scale included: the JSON shows the scale
            assertThat(got.cumulativeSales()).as(k).isEqualTo(want.cumulativeSales());
            assertThat(got.finalThirtyDaysSales()).as(k).isEqualTo(want.finalThirtyDaysSales());
            assertThat(got.scores()).as(k).isEqualTo(want.scores());
            assertThat(got.violations()).as(k).containsExactlyInAnyOrderElementsOf(want.violations());
        }
    }
}
