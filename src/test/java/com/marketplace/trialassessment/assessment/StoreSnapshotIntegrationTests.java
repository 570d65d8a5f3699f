package com.marketplace.trialassessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * The one-statement snapshot of a store ({@link AssessmentQueries#snapshot}) reads the same facts as
 * the per-kind queries the evaluation uses ({@link AssessmentQueries#facts}) for its first undecided
 * checkpoint, the same latest score for every checkpoint, at every edge of every window, and the same
 * current verdicts.
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

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @ParameterizedTest(name = "checkpoints before {0} decided")
    @ValueSource(ints = {1, 2, 3, 4})
    void readsTheFactsOfTheFirstUndecidedCheckpointAsTheEvaluationDoesAtEveryEdge(int k) {
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
        for (int decided = 1; decided < k; decided++) {
            verdict(trial.storeId, decided, true);
        }
        if (k > 1) {
            // an appeal turned the previous checkpoint's failure into a pass
            supersededVerdict(trial.storeId, k - 1, false);
        }

        StoreSnapshot snapshot = queries.snapshot(trial.storeId).orElseThrow();

        Checkpoint first = Checkpoint.of(k);
        assertThat(snapshot.firstUndecided()).isEqualTo(first);
        Map<FactsRequest, CheckpointFacts> expected = factsOfEveryCheckpoint(snapshot);
        assertSameFacts(snapshot.factsOf(first), expected.get(request(snapshot, first)));
        for (Checkpoint checkpoint : Checkpoint.values()) {
            assertThat(snapshot.latestScore(checkpoint).map(List::of).orElse(List.of()))
                    .as("latest score of checkpoint %d", checkpoint.number())
                    .isEqualTo(expected.get(request(snapshot, checkpoint)).scores());
        }
        assertThat(snapshot.verdicts()).containsOnlyKeys(Arrays.stream(Checkpoint.values())
                .filter(c -> c.number() < k).toList());
        assertThat(snapshot.verdicts().values()).as("the superseded failure is not current")
                .allMatch(CurrentVerdict::passed);
        assertThat(snapshot.launchDate()).isEqualTo(trial.launchDate);
        assertThat(snapshot.status()).isEqualTo(StoreStatus.TRIAL);
        assertThat(snapshot.categoryCode()).isEqualTo(trial.categoryCode);
        assertThat(snapshot.merchantId()).isEqualTo(trial.merchantId);
    }

    @Test
    void readsZeroSalesAndNoScoresOrViolationsForAStoreWithoutData() {
        TrialScenario trial = TrialScenario.launch(http, TODAY.minusDays(250));
        for (int decided = 1; decided < 4; decided++) {
            verdict(trial.storeId, decided, true);
        }

        StoreSnapshot snapshot = queries.snapshot(trial.storeId).orElseThrow();

        CheckpointFacts last = snapshot.factsOf(Checkpoint.FOURTH);
        assertSameFacts(last, factsOfEveryCheckpoint(snapshot).get(request(snapshot, Checkpoint.FOURTH)));
        assertThat(last.cumulativeSales()).isZero();
        assertThat(last.finalThirtyDaysSales()).isZero();
        assertThat(last.scores()).isEmpty();
        assertThat(last.violations()).isEmpty();
        assertThat(snapshot.scores()).isEmpty();
    }

    @Test
    void hasNoFactsWhenEveryCheckpointIsDecided() {
        TrialScenario trial = TrialScenario.launch(http, TODAY.minusDays(250));
        for (int decided = 1; decided <= 4; decided++) {
            verdict(trial.storeId, decided, true);
        }
        jdbc.update("update store set status = 'FORMAL' where id = ?", trial.storeId);

        StoreSnapshot snapshot = queries.snapshot(trial.storeId).orElseThrow();

        assertThat(snapshot.firstUndecided()).isNull();
        assertThat(snapshot.firstUndecidedFacts()).isNull();
        assertThat(snapshot.verdicts()).hasSize(4);
        assertThat(snapshot.status()).isEqualTo(StoreStatus.FORMAL);
    }

    @Test
    void readsTheCurrentVerdictsOnlyAndTheStatus() {
        TrialScenario trial = TrialScenario.launch(http, TODAY.minusDays(40)).sales(1, 30, "5000.00");
        long serious = trial.violation(3, "SERIOUS", 1);
        trial.evaluate();
        assertThat(queries.snapshot(trial.storeId).orElseThrow().status()).isEqualTo(StoreStatus.TERMINATED);
        trial.revoke(serious);
        trial.reevaluate(1, "appeal upheld");

        StoreSnapshot snapshot = queries.snapshot(trial.storeId).orElseThrow();

        assertThat(snapshot.verdicts()).isEqualTo(queries.currentVerdicts(List.of(trial.storeId)).get(trial.storeId));
        assertThat(snapshot.verdicts()).containsOnlyKeys(Checkpoint.FIRST);
        assertThat(snapshot.verdicts().get(Checkpoint.FIRST).passed()).isTrue();
        assertThat(snapshot.status()).isEqualTo(StoreStatus.TRIAL);
        assertThat(snapshot.firstUndecided()).isEqualTo(Checkpoint.SECOND);
    }

    @Test
    void findsNothingForAStoreThatDoesNotExist() {
        assertThat(queries.snapshot(Long.MAX_VALUE)).isEmpty();
    }

    private Map<FactsRequest, CheckpointFacts> factsOfEveryCheckpoint(StoreSnapshot snapshot) {
        return queries.facts(Arrays.stream(Checkpoint.values()).map(c -> request(snapshot, c)).toList());
    }

    private static FactsRequest request(StoreSnapshot snapshot, Checkpoint checkpoint) {
        return new FactsRequest(snapshot.storeId(), snapshot.launchDate(), checkpoint);
    }

    private static void assertSameFacts(CheckpointFacts got, CheckpointFacts want) {
        // equal as BigDecimal, scale included: the JSON shows the scale
        assertThat(got.cumulativeSales()).isEqualTo(want.cumulativeSales());
        assertThat(got.finalThirtyDaysSales()).isEqualTo(want.finalThirtyDaysSales());
        assertThat(got.scores()).isEqualTo(want.scores());
        assertThat(got.violations()).containsExactlyInAnyOrderElementsOf(want.violations());
    }

    /**
     * A current verdict as an evaluation leaves one, with made-up figures: only its existence and outcome
     * matter here. Tests keep the store's status in line with its verdicts, since other tests share the
     * database and count stores by status and next checkpoint.
     */
    private void verdict(long storeId, int checkpoint, boolean passed) {
        insertVerdict(storeId, checkpoint, passed, false);
    }

    private void supersededVerdict(long storeId, int checkpoint, boolean passed) {
        insertVerdict(storeId, checkpoint, passed, true);
    }

    private void insertVerdict(long storeId, int checkpoint, boolean passed, boolean superseded) {
        jdbc.update("""
                insert into verdict (store_id, checkpoint, due_date, outcome, decided_at, trigger, target_version_id,
                                     target_version, sales_cumulative, sales_months, sales_monthly_average, sales_target,
                                     sales_passed, score_assessed, score_passed, serious_violations, general_points,
                                     general_points_bar, counted_violation_ids, compliance_passed, superseded_at)
                select id, ?, launch_date, ?, now(), 'REQUEST', target_version_id, 1, 0, 1, 0, 0, true, false, true,
                       0, 0, 12, '{}', true, case when ? then now() end
                  from store where id = ?""", checkpoint, passed ? "PASSED" : "FAILED", superseded, storeId);
    }
}
