package com.marketplace.trialassessment.assessment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.ComplianceResult;
import com.marketplace.trialassessment.rules.SalesResult;
import com.marketplace.trialassessment.rules.ServiceScoreResult;

/**
 * The one writer of verdicts, in plain SQL for one store or a chunk of thousands alike: their current
 * verdicts as (id, checkpoint, outcome) tuples, new verdicts in one JDBC batch (rewritten by the driver
 * into multi-row inserts), and verdicts that stop being current in one statement.
 */
@Repository
class VerdictRows {

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
                    select id, store_id, checkpoint, outcome, serious_violations from verdict
                     where store_id = any(?) and superseded_at is null""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            return statement;
        }, (RowCallbackHandler) rs -> {
            CurrentVerdict verdict = new CurrentVerdict(rs.getLong(1), Checkpoint.of(rs.getInt(3)),
                    Outcome.PASSED.name().equals(rs.getString(4)), rs.getInt(5));
            current.computeIfAbsent(rs.getLong(2), id -> new EnumMap<>(Checkpoint.class))
                    .put(verdict.checkpoint(), verdict);
        });
        return current;
    }

    /** Inserts new verdicts and returns their ids, in order. */
    List<Long> insert(List<VerdictDraft> drafts) {
        return BatchInserts.insert(jdbc, "verdict_id_seq", INSERT, drafts, VerdictRows::bind);
    }

    /** Marks current verdicts as no longer current; how many were (fewer when one no longer was). */
    int retire(Collection<Long> verdictIds, Instant now) {
        if (verdictIds.isEmpty()) {
            return 0;
        }
        Long[] ids = verdictIds.toArray(Long[]::new);
        return jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "update verdict set superseded_at = ? where id = any(?) and superseded_at is null");
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, connection.createArrayOf("bigint", ids));
            return statement;
        });
    }

    private static void bind(PreparedStatement s, long id, VerdictDraft v) throws SQLException {
        CheckpointResult result = v.result();
        SalesResult sales = result.sales();
        ServiceScoreResult score = result.serviceScore();
        ComplianceResult compliance = result.compliance();
        int i = 1;
        s.setLong(i++, id);
        s.setLong(i++, v.storeId());
        s.setInt(i++, result.checkpoint().number());
        s.setObject(i++, result.dueDate());
        s.setString(i++, (result.passed() ? Outcome.PASSED : Outcome.FAILED).name());
        s.setObject(i++, v.decidedAt().atOffset(ZoneOffset.UTC));
        s.setString(i++, v.trigger().name());
        s.setLong(i++, v.targetVersionId());
        s.setInt(i++, result.targetVersion());
        s.setBigDecimal(i++, sales.cumulative());
        s.setInt(i++, sales.months());
        s.setBigDecimal(i++, sales.monthlyAverage());
        s.setBigDecimal(i++, sales.target());
        s.setBigDecimal(i++, sales.finalThirtyDaysSales());
        s.setString(i++, sales.basis() == null ? null : sales.basis().name());
        s.setBoolean(i++, sales.passed());
        s.setBoolean(i++, score.assessed());
        s.setBigDecimal(i++, score.score());
        s.setObject(i++, score.scoreDate(), Types.DATE);
        s.setBigDecimal(i++, score.target());
        s.setBoolean(i++, score.passed());
        s.setInt(i++, compliance.seriousViolations());
        s.setInt(i++, compliance.generalPoints());
        s.setInt(i++, compliance.generalPointsBar());
        s.setArray(i++, s.getConnection().createArrayOf("bigint", compliance.countedViolationIds().toArray()));
        s.setBoolean(i++, compliance.passed());
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
