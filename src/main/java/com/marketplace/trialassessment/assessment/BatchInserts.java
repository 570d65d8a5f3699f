package com.marketplace.trialassessment.assessment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the writers of decisions insert rows: ids taken from the table's sequence in one statement,
 * one per row, then the rows in one JDBC batch (which the driver rewrites into multi-row inserts).
 */
final class BatchInserts {

    /** Binds one row's parameters, its id first. */
    @FunctionalInterface
    interface Binder<D> {
        void bind(PreparedStatement statement, long id, D draft) throws SQLException;
    }

    private BatchInserts() {
    }

    /** Inserts {@code drafts} with {@code insert} and answers their ids, in order. */
    static <D> List<Long> insert(JdbcTemplate jdbc, String sequence, String insert, List<D> drafts, Binder<D> binder) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class,
                drafts.size());
        jdbc.batchUpdate(insert, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                binder.bind(statement, ids.get(i), drafts.get(i));
            }

            @Override
            public int getBatchSize() {
                return drafts.size();
            }
        });
        return ids;
    }
}
