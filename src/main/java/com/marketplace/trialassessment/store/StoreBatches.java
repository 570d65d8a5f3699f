package com.marketplace.trialassessment.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * Set-based reads and writes of the stores whose decisions are taken: one statement for a whole chunk,
 * whatever its size (one store on request is a chunk of one).
 */
@Repository
class StoreBatches {

    /* FOR NO KEY UPDATE, and in id order so that concurrent lockers cannot deadlock. */
    private static final String LOCK = """
            select id, launch_date, status, target_version_id, next_decision, next_decision_number, next_decision_on
              from store
             where id = any(?)
             order by id
               for no key update""";

    /* Each store only from the status its decisions were taken from (it is locked, so it still has it). */
    private static final String UPDATE = """
            update store s
               set status = u.status, status_changed_at = coalesce(u.changed_at, s.status_changed_at),
                   next_decision = u.next_decision, next_decision_number = u.next_number,
                   next_decision_on = u.next_on
              from unnest(?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::int[], ?::date[])
                   as u(id, expected, status, changed_at, next_decision, next_number, next_on)
             where s.id = u.id and s.status = u.expected and s.id = any(?::bigint[])""";

    private static final String HISTORY = """
            insert into store_status_change (store_id, from_status, to_status, changed_at, cause, checkpoint,
                                             verdict_id, reason)
            select * from unnest(?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::int[], ?::bigint[],
                                 ?::text[])
            """;

    private final JdbcTemplate jdbc;

    StoreBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoreForDecision> lock(Collection<Long> ids) {
        Long[] storeIds = ids.toArray(Long[]::new);
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(LOCK);
            statement.setArray(1, connection.createArrayOf("bigint", storeIds));
            return statement;
        }, (rs, n) -> new StoreForDecision(rs.getLong(1), rs.getObject(2, LocalDate.class),
                StoreStatus.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5) == null ? Optional.empty()
                        : Optional.of(new PlannedDecision(DecisionKind.valueOf(rs.getString(5)), rs.getInt(6),
                                rs.getObject(7, LocalDate.class)))));
    }

    /** The launch date of each store among {@code ids} that exists, in one statement however many there are. */
    Map<Long, LocalDate> launchDates(Collection<Long> ids) {
        Map<Long, LocalDate> launches = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return launches;
        }
        Long[] storeIds = ids.toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select id, launch_date from store where id = any(?)");
            statement.setArray(1, connection.createArrayOf("bigint", storeIds));
            return statement;
        }, (RowCallbackHandler) rs -> launches.put(rs.getLong(1), rs.getObject(2, LocalDate.class)));
        return launches;
    }

    /** Applies the updates and their history; the number of stores updated, less when one had another status. */
    int update(List<StoreUpdate> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        int n = updates.size();
        Long[] ids = new Long[n];
        String[] expected = new String[n];
        String[] status = new String[n];
        String[] changedAt = new String[n];
        String[] nextDecision = new String[n];
        Integer[] nextNumber = new Integer[n];
        String[] nextOn = new String[n];
        List<Object[]> history = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StoreUpdate update = updates.get(i);
            ids[i] = update.storeId();
            expected[i] = update.expectedStatus().name();
            status[i] = update.status().name();
            // ISO-8601 in UTC: no time zone of the session applies
            changedAt[i] = update.history().isEmpty() ? null : update.changedAt().toString();
            PlannedDecision next = update.next().orElse(null);
            nextDecision[i] = next == null ? null : next.kind().name();
            nextNumber[i] = next == null ? null : next.number();
            nextOn[i] = next == null ? null : next.dueOn().toString();
            for (StoreUpdate.HistoryEntry entry : update.history()) {
                history.add(new Object[] {update.storeId(), entry.from().name(), entry.to().name(),
                    update.changedAt().toString(), entry.cause().name(), entry.checkpoint(), entry.verdictId(),
                    entry.reason()});
            }
        }
        int updated = jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                statement.setArray(1, array(connection, "bigint", ids));
                statement.setArray(2, array(connection, "text", expected));
                statement.setArray(3, array(connection, "text", status));
                statement.setArray(4, array(connection, "text", changedAt));
                statement.setArray(5, array(connection, "text", nextDecision));
                statement.setArray(6, array(connection, "int4", nextNumber));
                statement.setArray(7, array(connection, "text", nextOn));
                // the ids again, as a plain condition on the key: the planner then updates the stores
                // through the primary key instead of hashing the whole table
                statement.setArray(8, array(connection, "bigint", ids));
                return statement.executeUpdate();
            }
        });
        if (!history.isEmpty()) {
            insertHistory(history);
        }
        return updated;
    }

    private void insertHistory(List<Object[]> rows) {
        String[] types = {"bigint", "text", "text", "text", "text", "int4", "bigint", "text"};
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(HISTORY)) {
                for (int column = 0; column < types.length; column++) {
                    Object[] values = new Object[rows.size()];
                    for (int row = 0; row < rows.size(); row++) {
                        values[row] = rows.get(row)[column];
                    }
                    statement.setArray(column + 1, array(connection, types[column], values));
                }
                return statement.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
