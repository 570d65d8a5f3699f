package com.marketplace.trialassessment.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.marketplace.trialassessment.store.ClaimedStore;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.zaxxer.hikari.HikariDataSource;

/**
 * What the daily run writes for a chunk of stores must be exactly what deciding one store on request
 * writes; and the run's claims go on from where they ended and pick up what they skipped.
 */
@IntegrationTest
@TestPropertySource(properties = "trial.schedule.chunk-size=7")
class RunWritesIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final BigDecimal GOOD_DAY = new BigDecimal("5000.00");
    static final BigDecimal POOR_DAY = new BigDecimal("1000.00");
    static final BigDecimal SCORE = new BigDecimal("4.80");

    /** Every column but those that name the verdict, its store and who or what decided it. */
    static final String VERDICT_FIGURES = """
            checkpoint, due_date, outcome, target_version_id, target_version, sales_cumulative, sales_months,
            sales_monthly_average, sales_target, sales_final_30_days, sales_basis, sales_passed, score_assessed,
            score, score_date, score_target, score_passed, serious_violations, general_points, general_points_bar,
            cardinality(counted_violation_ids) as counted_violations, compliance_passed, supersedes_id, reason,
            superseded_at""";

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvaluationRunner runner;

    @Autowired
    StoreCatalog stores;

    @Autowired
    TransactionTemplate transactions;

    Fixtures.Rows fixtures;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.Rows.emptyDatabase(jdbc);
        clock.setToday(TODAY);
        fixtures = new Fixtures.Rows(jdbc);
    }

    @Test
    void aRunWritesTheVerdictsStatusesAndHistoryThatARequestWrites() {
        // pairs of identical stores: one decided on request, the other by the run
        List<Long> passingAll = fixtures.stores(2, TODAY.minusDays(215), GOOD_DAY, 215, SCORE);
        List<Long> failingFirst = fixtures.stores(2, TODAY.minusDays(35), POOR_DAY, 35, SCORE);
        List<Long> withoutScore = fixtures.stores(2, TODAY.minusDays(95), GOOD_DAY, 95, null);
        long violated = fixtures.stores(2, TODAY.minusDays(100), GOOD_DAY, 100, SCORE).get(0);
        jdbc.update("""
                insert into violation (store_id, occurred_on, type, severity, points, created_at)
                select id, launch_date + 3, 'late shipment', 'GENERAL', 4, now() from store where id in (?, ?)""",
                violated, violated + 1);
        List<long[]> pairs = List.of(new long[] {passingAll.get(0), passingAll.get(1)},
                new long[] {failingFirst.get(0), failingFirst.get(1)},
                new long[] {withoutScore.get(0), withoutScore.get(1)}, new long[] {violated, violated + 1});
        for (long[] pair : pairs) {
            http.post().uri("/api/stores/{id}/evaluations", pair[0]).exchange().expectStatus().is2xxSuccessful();
        }

        EvaluationRun run = runner.run(RunTrigger.REQUEST);

        assertThat(run.storesEvaluated()).as("the run's half of each pair, and the request's store that still "
                + "waits for its score").isEqualTo(pairs.size() + 1);
        for (long[] pair : pairs) {
            assertThat(verdictFigures(pair[1])).as("verdicts of store %d (run) and %d (request)", pair[1], pair[0])
                    .isNotEmpty().isEqualTo(verdictFigures(pair[0]));
            assertThat(jdbc.queryForObject("select status from store where id = ?", String.class, pair[1]))
                    .isEqualTo(jdbc.queryForObject("select status from store where id = ?", String.class, pair[0]));
            assertThat(history(pair[1])).isEqualTo(history(pair[0]));
        }
        assertThat(fixtures.status(passingAll.get(1))).isEqualTo("FORMAL");
        assertThat(fixtures.status(failingFirst.get(1))).isEqualTo("TERMINATED");
        assertThat(history(failingFirst.get(1))).singleElement().satisfies(change -> assertThat(change.get("reason"))
                .isEqualTo("checkpoint 1 failed: SALES"));
        // the history names the verdict that moved the store, and the store's own time of change is its time
        assertThat(jdbc.queryForList("""
                select c.changed_at = v.decided_at and s.status_changed_at = v.decided_at as consistent
                  from store_status_change c
                  join verdict v on v.id = c.verdict_id and v.store_id = c.store_id and v.checkpoint = c.checkpoint
                  join store s on s.id = c.store_id
                 where c.store_id in (?, ?)""", Boolean.class, passingAll.get(1), failingFirst.get(1)))
                .containsExactly(true, true);
    }

    private void evaluateOnRequest(long storeId) {
        http.post().uri("/api/stores/{id}/evaluations", storeId).exchange().expectStatus().is2xxSuccessful();
    }

    /**
     * A run's claims go on from the last store it claimed, and it looks from the start once more at
     * the end: a store that was locked when the run passed it is claimed then.
     */
    @Test
    void aClaimStartsAfterTheLastClaimedStoreAndAClaimFromTheStartFindsSkippedStores(
            @Autowired HikariDataSource dataSource) throws Exception {
        List<Long> ids = fixtures.stores(5, TODAY.minusDays(40), GOOD_DAY, 40, SCORE);
        EvaluationRun run = runner.start(RunTrigger.REQUEST);
        List<ClaimedStore> first;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from store where id = ? for update")) {
                lock.setLong(1, ids.get(1));
                lock.executeQuery().close();
            }
            first = claim(run, 2, ClaimedStore.START);
            assertThat(ids(first)).as("the locked store is skipped").containsExactly(ids.get(0), ids.get(2));
            List<ClaimedStore> second = claim(run, 2, first.get(1));
            assertThat(ids(second)).containsExactly(ids.get(3), ids.get(4));
            assertThat(claim(run, 2, second.get(1))).isEmpty();
            assertThat(claim(run, 2, ClaimedStore.START)).as("still locked").isEmpty();
            other.rollback();
        }

        assertThat(ids(claim(run, 2, ClaimedStore.START))).containsExactly(ids.get(1));
        assertThat(claim(run, 2, ClaimedStore.START)).isEmpty();
    }

    @Test
    void aStoreLockedForAWholeRunIsDecidedByTheNextRun(@Autowired HikariDataSource dataSource) throws Exception {
        List<Long> stores = fixtures.stores(30, TODAY.minusDays(40), GOOD_DAY, 40, SCORE);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from store where id = ? for update")) {
                lock.setLong(1, stores.get(0));
                lock.executeQuery().close();
            }
            EvaluationRun whileLocked = runner.run(RunTrigger.REQUEST);
            assertThat(whileLocked.storesEvaluated()).isEqualTo(29);
            other.rollback();
        }
        EvaluationRun next = runner.run(RunTrigger.REQUEST);

        assertThat(next.storesEvaluated()).isOne();
        assertThat(fixtures.verdictCount(List.of(stores.get(0)))).isOne();
        assertThat(fixtures.verdictCountsPerCheckpoint(stores)).hasSize(30).containsOnly(1);
    }

    private List<ClaimedStore> claim(EvaluationRun run, int limit, ClaimedStore after) {
        return transactions.execute(status -> stores.claimDue(run.id(), limit, after, TODAY, clock.instant(),
                clock.instant().plusSeconds(600)));
    }

    private static List<Long> ids(List<ClaimedStore> claimed) {
        return claimed.stream().map(ClaimedStore::id).toList();
    }

    private List<Map<String, Object>> verdictFigures(long storeId) {
        return jdbc.queryForList("select " + VERDICT_FIGURES + " from verdict where store_id = ? order by checkpoint",
                storeId);
    }

    private List<Map<String, Object>> history(long storeId) {
        return jdbc.queryForList("""
                select c.from_status, c.to_status, c.cause, c.checkpoint, c.reason,
                       v.checkpoint as verdict_checkpoint, v.outcome as verdict_outcome
                  from store_status_change c left join verdict v on v.id = c.verdict_id
                 where c.store_id = ? order by c.id""", storeId);
    }
}
