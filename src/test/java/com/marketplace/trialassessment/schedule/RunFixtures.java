package com.marketplace.trialassessment.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.StoreLife;

/**
 * Writes many stores straight into the database, for runs over hundreds of stores: one category
 * (targets 50,000 / 80,000 / 100,000 / 120,000 a month; score targets 4.60 / 4.65 / 4.70), stores,
 * and for each store the same daily amount on days 1..days and one score snapshot on day 1.
 */
final class RunFixtures {

    private final JdbcTemplate jdbc;
    private final long categoryId;
    private final long targetVersionId;

    RunFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String code = "run-" + UUID.randomUUID().toString().substring(0, 8);
        this.categoryId = jdbc.queryForObject(
                "insert into category (code, name, created_at) values (?, 'Run fixtures', now()) returning id",
                Long.class, code);
        this.targetVersionId = jdbc.queryForObject("""
                insert into target_version (category_id, version, effective_from, created_at)
                values (?, 1, date '1900-01-01', now()) returning id""", Long.class, categoryId);
        jdbc.update("""
                insert into checkpoint_target (target_version_id, checkpoint, sales_target, service_score_target)
                values (?, 1, 50000.00, null), (?, 2, 80000.00, 4.60), (?, 3, 100000.00, 4.65), (?, 4, 120000.00, 4.70)
                """, targetVersionId, targetVersionId, targetVersionId, targetVersionId);
    }

    /** Empties every table a run reads or writes, so that a run's counts are exactly one test's stores. */
    static void emptyDatabase(JdbcTemplate jdbc) {
        jdbc.execute("""
                truncate store_claim, evaluation_run_error, evaluation_run, store_status_change, verdict,
                         violation, service_score, daily_sales, store, checkpoint_target, target_version, category
                """);
    }

    /** {@code count} stores launched on {@code launchDate}; answers their ids in order. */
    List<Long> stores(int count, LocalDate launchDate, BigDecimal dailyAmount, int days, BigDecimal score) {
        // as registration plans it: the rules' first decision of a store launched then
        PlannedDecision first = LifePlan.next(StoreLife.launched(launchDate)).orElseThrow();
        List<Long> ids = jdbc.queryForList("""
                insert into store (name, merchant_id, category_id, store_type, launch_date, target_version_id, status,
                                   status_changed_at, created_at, next_decision, next_decision_number, next_decision_on)
                select 'Run store ' || n, 'm-run', ?, 'FLAGSHIP', ?, ?, 'TRIAL', now(), now(), ?, ?, ?
                  from generate_series(1, ?) n
                returning id""", Long.class, categoryId, launchDate, targetVersionId, first.kind().name(),
                first.number(), first.dueOn(), count);
        Long[] array = ids.toArray(Long[]::new);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into daily_sales (store_id, sales_date, amount, updated_at)
                    select s, ?::date + d, ?, now() from unnest(?::bigint[]) s, generate_series(0, ? - 1) d""");
            statement.setObject(1, launchDate);
            statement.setBigDecimal(2, dailyAmount);
            statement.setArray(3, connection.createArrayOf("bigint", array));
            statement.setInt(4, days);
            return statement;
        });
        if (score != null) {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        insert into service_score (store_id, score_date, score, updated_at)
                        select s, ?, ?, now() from unnest(?::bigint[]) s""");
                statement.setObject(1, launchDate);
                statement.setBigDecimal(2, score);
                statement.setArray(3, connection.createArrayOf("bigint", array));
                return statement;
            });
        }
        return ids;
    }

    /** Breaks the targets of this fixture's category so that evaluating its stores throws. */
    void breakTargets() {
        jdbc.update("delete from checkpoint_target where target_version_id = ? and checkpoint = 2", targetVersionId);
    }

    void repairTargets() {
        jdbc.update("insert into checkpoint_target values (?, 2, 80000.00, 4.60)", targetVersionId);
    }

    /** Verdicts per store and checkpoint, current or not: each must be exactly 1. */
    List<Integer> verdictCountsPerCheckpoint(List<Long> storeIds) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select count(*) from verdict where store_id = any(?) group by store_id, checkpoint""");
            statement.setArray(1, connection.createArrayOf("bigint", storeIds.toArray(Long[]::new)));
            return statement;
        }, (rs, n) -> rs.getInt(1));
    }

    int verdictCount(List<Long> storeIds) {
        return verdictCountsPerCheckpoint(storeIds).stream().mapToInt(Integer::intValue).sum();
    }

    String status(long storeId) {
        return jdbc.queryForObject("select status from store where id = ?", String.class, storeId);
    }
}
