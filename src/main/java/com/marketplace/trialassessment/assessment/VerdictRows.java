package com.marketplace.trialassessment.assessment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import com.marketplace.trialassessment.rules.Checkpoint;

/**
 * Verdicts of many stores at once, in plain SQL: their current verdicts as (id, checkpoint, outcome)
 * tuples, and new verdicts written in one JDBC batch (rewritten by the driver into multi-row
 * inserts). The daily run decides thousands of stores; entities would cost it more than the SQL.
 */
@Repository
class VerdictRows {

    /** {@code increment by} of {@code verdict_id_seq} (V2): every value hands out a block of ids. */
    private static final int ID_BLOCK = 50;

    private static final String INSERT = """
            insert into verdict (id, store_id, checkpoint, due_date, outcome, decided_at, trigger, target_version_id,
                                 target_version, sales_cumulative, sales_months, sales_monthly_average, sales_target,
                                 sales_final_30_days, sales_basis, sales_passed, score_assessed, score, score_date,
                                 score_target, score_passed, serious_violations, general_points,
                                 general_points_bar, counted_violation_ids, compliance_passed, supersedes_id, reason,
                                 decided_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    VerdictRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current verdicts of each store, by checkpoint; stores without any are absent. */
    Map<Long, Map<Checkpoint, CurrentVerdict>> current(Collection<Long> storeIds) {
        Map<Long, Map<Checkpoint, CurrentVerdict>> current = new HashMap<>();
        if (storeIds.isEmpty()) {
            return current;
        }
        Long[] ids = storeIds.toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select id, store_id, checkpoint, outcome from verdict
                     where store_id = any(?) and superseded_at is null""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            return statement;
        }, (RowCallbackHandler) rs -> {
            CurrentVerdict verdict = new CurrentVerdict(rs.getLong(1), Checkpoint.of(rs.getInt(3)),
                    Outcome.PASSED.name().equals(rs.getString(4)));
            current.computeIfAbsent(rs.getLong(2), id -> new EnumMap<>(Checkpoint.class))
                    .put(verdict.checkpoint(), verdict);
        });
        return current;
    }

    /**
     * Inserts new verdicts and returns their ids, in order. The ids are taken from
     * {@code verdict_id_seq} in blocks of {@value #ID_BLOCK} ({@code nextval - 49 .. nextval}), as
     * Hibernate's pooled optimizer takes them for the verdicts it writes, so the two never collide.
     */
    List<Long> insert(List<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = nextIds(verdicts.size());
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                bind(statement, ids.get(i), verdicts.get(i));
            }

            @Override
            public int getBatchSize() {
                return verdicts.size();
            }
        });
        return ids;
    }

    private List<Long> nextIds(int count) {
        int blocks = (count + ID_BLOCK - 1) / ID_BLOCK;
        List<Long> tops = jdbc.queryForList("select nextval('verdict_id_seq') from generate_series(1, ?)",
                Long.class, blocks);
        List<Long> ids = new ArrayList<>(count);
        for (long top : tops) {
            for (long id = top - ID_BLOCK + 1; id <= top && ids.size() < count; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static void bind(PreparedStatement s, long id, Verdict v) throws SQLException {
        int i = 1;
        s.setLong(i++, id);
        s.setLong(i++, v.storeId());
        s.setInt(i++, v.checkpoint().number());
        s.setObject(i++, v.dueDate());
        s.setString(i++, v.outcome().name());
        s.setObject(i++, v.decidedAt().atOffset(ZoneOffset.UTC));
        s.setString(i++, v.trigger().name());
        s.setLong(i++, v.targetVersionId());
        s.setInt(i++, v.targetVersion());
        s.setBigDecimal(i++, v.salesCumulative());
        s.setInt(i++, v.salesMonths());
        s.setBigDecimal(i++, v.salesMonthlyAverage());
        s.setBigDecimal(i++, v.salesTarget());
        s.setBigDecimal(i++, v.salesFinal30Days());
        s.setString(i++, v.salesBasis() == null ? null : v.salesBasis().name());
        s.setBoolean(i++, v.salesPassed());
        s.setBoolean(i++, v.scoreAssessed());
        s.setBigDecimal(i++, v.score());
        s.setObject(i++, v.scoreDate(), Types.DATE);
        s.setBigDecimal(i++, v.scoreTarget());
        s.setBoolean(i++, v.scorePassed());
        s.setInt(i++, v.seriousViolations());
        s.setInt(i++, v.generalPoints());
        s.setInt(i++, v.generalPointsBar());
        s.setArray(i++, s.getConnection().createArrayOf("bigint", v.countedViolationIds()));
        s.setBoolean(i++, v.compliancePassed());
        if (v.supersedesId() == null) {
            s.setNull(i++, Types.BIGINT);
        }
        else {
            s.setLong(i++, v.supersedesId());
        }
        s.setString(i++, v.reason());
        s.setString(i, v.decidedBy());
    }
}
