package com.marketplace.trialassessment.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * Set-based reads and writes of many stores for the daily run: one statement for a whole chunk,
 * whatever its size, instead of an entity per store.
 */
@Repository
class StoreBatches {

    /* FOR NO KEY UPDATE, as Hibernate's pessimistic write lock on PostgreSQL, and in id order so that
       concurrent lockers cannot deadlock. */
    private static final String LOCK = """
            select id, launch_date, status, target_version_id
              from store
             where id = any(?)
             order by id
               for no key update""";

    /* Only from TRIAL: a store whose status is no longer TRIAL is not changed (and the caller fails). */
    private static final String TRANSITION = """
            with t as (
                select * from unnest(?::bigint[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::text[],
                                     ?::timestamptz[])
                    as t(store_id, to_status, cause, checkpoint, verdict_id, reason, changed_at)
            ), changed as (
                update store s
                   set status = t.to_status, status_changed_at = t.changed_at
                  from t
                 where s.id = t.store_id and s.id = any(?::bigint[]) and s.status = 'TRIAL'
                returning s.id
            )
            insert into store_status_change (store_id, from_status, to_status, changed_at, cause, checkpoint,
                                             verdict_id, reason)
            select t.store_id, 'TRIAL', t.to_status, t.changed_at, t.cause, t.checkpoint, t.verdict_id, t.reason
              from t
              join changed on changed.id = t.store_id""";

    private final JdbcTemplate jdbc;

    StoreBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoreOnTrial> lock(Collection<Long> ids) {
        Long[] storeIds = ids.toArray(Long[]::new);
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(LOCK);
            statement.setArray(1, connection.createArrayOf("bigint", storeIds));
            return statement;
        }, (rs, n) -> new StoreOnTrial(rs.getLong(1), rs.getObject(2, LocalDate.class),
                StoreStatus.valueOf(rs.getString(3)), rs.getLong(4)));
    }

    /** Applies the transitions; the number of stores changed, which is less when one was not on trial. */
    int transition(List<RunTransition> transitions) {
        if (transitions.isEmpty()) {
            return 0;
        }
        int n = transitions.size();
        Long[] storeIds = new Long[n];
        String[] to = new String[n];
        String[] causes = new String[n];
        Integer[] checkpoints = new Integer[n];
        Long[] verdictIds = new Long[n];
        String[] reasons = new String[n];
        String[] changedAt = new String[n];
        for (int i = 0; i < n; i++) {
            RunTransition t = transitions.get(i);
            storeIds[i] = t.storeId();
            to[i] = t.to().name();
            causes[i] = t.cause().name();
            checkpoints[i] = t.checkpoint();
            verdictIds[i] = t.verdictId();
            reasons[i] = t.reason();
            changedAt[i] = t.changedAt().toString(); // ISO-8601 in UTC: no time zone of the session applies
        }
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(TRANSITION)) {
                statement.setArray(1, array(connection, "bigint", storeIds));
                statement.setArray(2, array(connection, "text", to));
                statement.setArray(3, array(connection, "text", causes));
                statement.setArray(4, array(connection, "int4", checkpoints));
                statement.setArray(5, array(connection, "bigint", verdictIds));
                statement.setArray(6, array(connection, "text", reasons));
                statement.setArray(7, array(connection, "text", changedAt));
                // the ids again, as a plain condition on the key: the planner then updates the stores
                // through the primary key instead of hashing the whole table
                statement.setArray(8, array(connection, "bigint", storeIds));
                return statement.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
