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

import com.marketplace.trialassessment.rules.Clearance;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.Rectification;
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * Set-based reads and writes of the stores whose decisions are taken: one statement for a whole chunk,
 * whatever its size (one store on request is a chunk of one).
 */
@Repository
class StoreBatches {

    /* FOR NO KEY UPDATE, and in id order so that concurrent lockers cannot deadlock. */
    private static final String LOCK = """
            select id, launch_date, status, category_id, target_version_id, next_decision, next_decision_number,
                   next_decision_on, merchant_id
              from store
             where id = any(?)
             order by id
               for no key update""";

    /* Each store only from the status its decisions were taken from (it is locked, so it still has it). */
    private static final String UPDATE = """
            update store s
               set status = u.status, status_changed_at = coalesce(u.changed_at, s.status_changed_at),
                   next_decision = u.next_decision, next_decision_number = u.next_number,
                   next_decision_on = u.next_on, next_checkpoint = u.next_checkpoint, standing = u.standing, rectification_year = u.rectification_year,
                   rectification_from = u.rectification_from, rectification_to = u.rectification_to,
                   rectification_review_due = u.review_due, clearance_notice_on = u.notice_on,
                   clearance_effective_on = u.effective_on, clearance_cause = u.clearance_cause
              from unnest(?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::int[], ?::date[],
                          ?::text[], ?::int[], ?::date[], ?::date[], ?::date[], ?::date[], ?::date[], ?::text[],
                          ?::int[])
                   as u(id, expected, status, changed_at, next_decision, next_number, next_on, standing,
                        rectification_year, rectification_from, rectification_to, review_due, notice_on,
                        effective_on, clearance_cause, next_checkpoint)
             where s.id = u.id and s.status = u.expected and s.id = any(?::bigint[])""";

    private static final String HISTORY = """
            insert into store_status_change (store_id, from_status, to_status, changed_at, cause, checkpoint,
                                             verdict_id, reason, from_standing, to_standing, annual_result_id)
            select * from unnest(?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::int[], ?::bigint[],
                                 ?::text[], ?::text[], ?::text[], ?::bigint[])
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
        }, (rs, n) -> new StoreForDecision(rs.getLong(1), rs.getString(9), rs.getObject(2, LocalDate.class),
                StoreStatus.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getString(6) == null
                        ? Optional.empty() : Optional.of(new PlannedDecision(DecisionKind.valueOf(rs.getString(6)),
                                rs.getInt(7), rs.getObject(8, LocalDate.class)))));
    }

    /**
     * The store as read models show it, in one plain statement outside any transaction (the dashboard
     * reads it on every request: no entity, no session); its category's code from {@code codes}.
     */
    Optional<StoreView> view(long id, java.util.function.LongFunction<String> codes) {
        return jdbc.query("""
                select id, name, merchant_id, category_id, target_version_id, status, standing, launch_date,
                       next_decision, next_decision_number, next_decision_on, next_checkpoint
                  from store
                 where id = ?""", (rs, n) -> new StoreView(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), codes.apply(rs.getLong(4)), rs.getLong(5), StoreStatus.valueOf(rs.getString(6)),
                rs.getString(7) == null ? null : Standing.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                rs.getString(9) == null ? null : DecisionKind.valueOf(rs.getString(9)),
                rs.getObject(10, Integer.class), rs.getObject(11, LocalDate.class), rs.getObject(12, Integer.class)),
                id).stream().findFirst();
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
        String[] types = {"bigint", "text", "text", "text", "text", "int4", "text", "text", "int4", "text", "text",
            "text", "text", "text", "text", "int4"};
        List<Object[]> rows = new ArrayList<>(updates.size());
        List<Object[]> history = new ArrayList<>();
        for (StoreUpdate update : updates) {
            PlannedDecision next = update.next().orElse(null);
            Rectification rectification = update.rectification().orElse(null);
            Clearance clearance = update.clearance().orElse(null);
            rows.add(new Object[] {update.storeId(), update.expectedStatus().name(), update.status().name(),
                // ISO-8601 in UTC: no time zone of the session applies
                update.history().isEmpty() ? null : update.changedAt().toString(),
                next == null ? null : next.kind().name(), next == null ? null : next.number(),
                next == null ? null : next.dueOn().toString(),
                update.standing() == null ? null : update.standing().name(),
                rectification == null ? null : rectification.assessedYear(),
                rectification == null ? null : rectification.period().first().toString(),
                rectification == null ? null : rectification.period().last().toString(),
                rectification == null ? null : rectification.reviewDue().toString(),
                clearance == null ? null : clearance.noticeOn().toString(),
                clearance == null ? null : clearance.effectiveOn().toString(),
                clearance == null ? null : clearance.cause().name(), update.nextCheckpoint()});
            for (StoreUpdate.HistoryEntry entry : update.history()) {
                history.add(new Object[] {update.storeId(), entry.from().name(), entry.to().name(),
                    update.changedAt().toString(), entry.cause().name(), entry.checkpoint(), entry.verdictId(),
                    entry.reason(), entry.fromStanding() == null ? null : entry.fromStanding().name(),
                    entry.toStanding() == null ? null : entry.toStanding().name(), entry.annualResultId()});
            }
        }
        Long[] ids = updates.stream().map(StoreUpdate::storeId).toArray(Long[]::new);
        int updated = jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                bindColumns(connection, statement, types, rows);
                // the ids again, as a plain condition on the key: the planner then updates the stores
                // through the primary key instead of hashing the whole table
                statement.setArray(types.length + 1, array(connection, "bigint", ids));
                return statement.executeUpdate();
            }
        });
        if (!history.isEmpty()) {
            String[] historyTypes = {"bigint", "text", "text", "text", "text", "int4", "bigint", "text", "text", "text",
                "bigint"};
            jdbc.execute((Connection connection) -> {
                try (PreparedStatement statement = connection.prepareStatement(HISTORY)) {
                    bindColumns(connection, statement, historyTypes, history);
                    return statement.executeUpdate();
                }
            });
        }
        return updated;
    }

    /** Binds each column of {@code rows} as one array parameter, in order from 1. */
    private static void bindColumns(Connection connection, PreparedStatement statement, String[] types,
            List<Object[]> rows) throws SQLException {
        for (int column = 0; column < types.length; column++) {
            Object[] values = new Object[rows.size()];
            for (int row = 0; row < rows.size(); row++) {
                values[row] = rows.get(row)[column];
            }
            statement.setArray(column + 1, array(connection, types[column], values));
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
