package com.marketplace.trialassessment.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Shares the stores with a decision due among concurrent runs. A run claims a chunk of stores whose
 * stored next decision is due; {@code FOR NO KEY UPDATE SKIP LOCKED} keeps two runs from taking the
 * same store, and a claim keeps it away from other runs until the run releases it or the lease
 * expires. A run never claims a store twice.
 */
@Repository
class StoreClaims {

    /*
     * FOR NO KEY UPDATE, not FOR UPDATE: an unfinished insert of a store's sales, scores or violations
     * holds a key-share lock on the store's row through the foreign key, and FOR UPDATE SKIP LOCKED
     * would skip that store until the next run. Two runs still exclude each other; the decisions lock
     * the chunk's stores the same way.
     *
     * Claims go in the order of the index on (next_decision_on, id), from where the run's previous claim
     * ended: each claim reads only the index entries it claims, however many stores are due (on
     * 1 January, every formal store is).
     *
     * NOT IN, not NOT EXISTS: the claims table is empty between runs, so its statistics say it is
     * empty, and for NOT EXISTS the planner then picks a nested loop that scans every claim once per
     * candidate store. NOT IN reads the claims once per claim call into a hash, whatever the
     * statistics say; and the table stays small, because the claims of decided stores are released
     * chunk by chunk.
     */
    private static final String CLAIM = """
            with candidates as (
                select s.id, s.next_decision_on
                  from store s
                 where s.next_decision_on <= ?
                   and (s.next_decision_on, s.id) > (?, ?)
                   and s.id not in (select c.store_id from store_claim c
                                     where c.expires_at > ? or c.run_id = ?)
                 order by s.next_decision_on, s.id
                 limit ?
                   for no key update of s skip locked),
            claimed as (
                insert into store_claim (store_id, run_id, expires_at)
                select id, ?, ? from candidates
                on conflict (store_id) do update set run_id = excluded.run_id, expires_at = excluded.expires_at
                 where store_claim.expires_at <= ? and store_claim.run_id <> excluded.run_id
                returning store_id)
            select c.id, c.next_decision_on from candidates c join claimed on claimed.store_id = c.id
             order by c.next_decision_on, c.id
            """;

    private final JdbcTemplate jdbc;

    StoreClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ClaimedStore> claim(long runId, int limit, ClaimedStore after, LocalDate today, Instant now,
            Instant expiresAt) {
        Timestamp nowTs = Timestamp.from(now);
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(CLAIM);
            statement.setObject(1, today);
            statement.setObject(2, after.dueOn());
            statement.setLong(3, after.id());
            statement.setTimestamp(4, nowTs);
            statement.setLong(5, runId);
            statement.setInt(6, limit);
            statement.setLong(7, runId);
            statement.setTimestamp(8, Timestamp.from(expiresAt));
            statement.setTimestamp(9, nowTs);
            return statement;
        }, (rs, n) -> new ClaimedStore(rs.getLong(1), rs.getObject(2, LocalDate.class)));
    }

    int releaseDecided(long runId, Collection<Long> storeIds) {
        if (storeIds.isEmpty()) {
            return 0;
        }
        Long[] ids = storeIds.toArray(Long[]::new);
        return jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "delete from store_claim where run_id = ? and store_id = any(?)");
            statement.setLong(1, runId);
            statement.setArray(2, connection.createArrayOf("bigint", ids));
            return statement;
        });
    }

    int release(long runId) {
        return jdbc.update("delete from store_claim where run_id = ?", runId);
    }
}
