package com.marketplace.trialassessment.schedule;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.marketplace.trialassessment.assessment.TrialCalendar;

/**
 * Shares the due stores among concurrent runs. A run claims a chunk of stores that are on trial
 * with a due, undecided checkpoint; {@code FOR NO KEY UPDATE SKIP LOCKED} keeps two runs from taking the
 * same store, and a claim keeps it away from other runs until the run releases it or the lease
 * expires. A run never claims a store twice.
 */
@Repository
class StoreClaims {

    /** D(1)..D(4): a store on trial with n current (passed) verdicts is due on launch + D(n + 1). */
    private static final Integer[] CHECKPOINT_DAYS = TrialCalendar.checkpointDays().toArray(Integer[]::new);

    /*
     * FOR NO KEY UPDATE, not FOR UPDATE: an unfinished insert of a store's sales, scores or violations
     * (a bulk upload keeps its transaction for the whole upload) holds a key-share lock on the store's
     * row through the foreign key, and FOR UPDATE SKIP LOCKED would skip that store until the next run.
     * Two runs still exclude each other; Hibernate locks the chunk's stores the same way.
     */
    private static final String CLAIM = """
            with candidates as (
                select s.id
                  from store s
                 where s.status = 'TRIAL'
                   and s.id > ?
                   and s.launch_date + (?::int[])[(select count(*) from verdict v
                                                   where v.store_id = s.id and v.superseded_at is null) + 1] <= ?
                   and s.id not in (select c.store_id from evaluation_claim c
                                     where c.expires_at > ? or c.run_id = ?)
                 order by s.id
                 limit ?
                   for no key update of s skip locked)
            insert into evaluation_claim (store_id, run_id, expires_at)
            select id, ?, ? from candidates
            on conflict (store_id) do update set run_id = excluded.run_id, expires_at = excluded.expires_at
             where evaluation_claim.expires_at <= ? and evaluation_claim.run_id <> excluded.run_id
            returning store_id
            """;

    /*
     * NOT IN, not NOT EXISTS: the claims table is empty between runs, so its statistics say it is
     * empty, and for NOT EXISTS the planner then picks a nested loop that scans every claim once per
     * candidate store, which made the claims of a run of 10,000 stores take seconds. NOT IN reads the
     * claims once per claim call into a hash, whatever the statistics say; and the table stays small,
     * because the claims of decided stores are released chunk by chunk (releaseDecided).
     */
    private final JdbcTemplate jdbc;

    StoreClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due stores with an id above {@code afterId} for the run, in id order;
     * empty when none is left there. A run passes the last id it claimed, so that each claim starts
     * where the previous one ended instead of stepping again over every store decided so far (which
     * made a run's claims quadratic in the number of stores); it passes 0 to look again from the start
     * for stores it skipped while another transaction held them.
     */
    List<Long> claim(long runId, int limit, long afterId, LocalDate today, Instant now, Instant expiresAt) {
        Timestamp nowTs = Timestamp.from(now);
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(CLAIM);
            statement.setLong(1, afterId);
            statement.setArray(2, connection.createArrayOf("int4", CHECKPOINT_DAYS));
            statement.setObject(3, today);
            statement.setTimestamp(4, nowTs);
            statement.setLong(5, runId);
            statement.setInt(6, limit);
            statement.setLong(7, runId);
            statement.setTimestamp(8, Timestamp.from(expiresAt));
            statement.setTimestamp(9, nowTs);
            return statement;
        }, (rs, n) -> rs.getLong(1));
    }

    /**
     * Gives back the run's claims of stores it has decided: they are no longer due, so no run would
     * claim them anyway, and a small claims table keeps the claims cheap. Stores left waiting for
     * data, or whose evaluation threw, stay claimed until the run ends, so that it does not take
     * them again.
     */
    int releaseDecided(long runId, Collection<Long> storeIds) {
        if (storeIds.isEmpty()) {
            return 0;
        }
        Long[] ids = storeIds.toArray(Long[]::new);
        return jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "delete from evaluation_claim where run_id = ? and store_id = any(?)");
            statement.setLong(1, runId);
            statement.setArray(2, connection.createArrayOf("bigint", ids));
            return statement;
        });
    }

    /** Gives the run's stores back, when it is done or known to be dead. */
    int release(long runId) {
        return jdbc.update("delete from evaluation_claim where run_id = ?", runId);
    }
}
