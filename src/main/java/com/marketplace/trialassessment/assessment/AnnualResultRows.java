package com.marketplace.trialassessment.assessment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import com.marketplace.trialassessment.rules.AnnualAssessment;
import com.marketplace.trialassessment.rules.AnnualKind;
import com.marketplace.trialassessment.rules.AnnualRecord;
import com.marketplace.trialassessment.rules.AnnualResult;
import com.marketplace.trialassessment.rules.AnnualSalesResult;
import com.marketplace.trialassessment.rules.AnnualScoreResult;
import com.marketplace.trialassessment.rules.ClearanceCause;
import com.marketplace.trialassessment.rules.ComplianceResult;
import com.marketplace.trialassessment.rules.Consequence;
import com.marketplace.trialassessment.rules.DateRange;

/**
 * The one writer of annual results, in plain SQL for one store or a chunk alike: the current results
 * as the rules' records, new results in one JDBC batch, results superseded or voided in one statement.
 */
@Repository
class AnnualResultRows {

    private static final String INSERT = """
            insert into annual_result (id, store_id, kind, year, window_from, window_to, window_days, days_in_year,
                                       due_date, decided_at, decided_on, trigger, target_version_id, target_version,
                                       outcome, sales_assessed, sales_total, sales_target, sales_pro_rated_target,
                                       sales_passed, score_assessed, score, score_date, score_target, score_passed,
                                       serious_violations, general_points, general_points_bar, counted_violation_ids,
                                       compliance_passed, consequence, clearance_cause, supersedes_id, reason,
                                       decided_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    AnnualResultRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current results of each store, as the rules keep them; stores without any are absent. */
    Map<Long, List<AnnualRecord>> current(Collection<Long> storeIds) {
        Map<Long, List<AnnualRecord>> current = new HashMap<>();
        if (storeIds.isEmpty()) {
            return current;
        }
        Long[] ids = storeIds.toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select id, store_id, kind, year, due_date, window_from, window_to, outcome, serious_violations,
                           consequence, clearance_cause, decided_on
                      from annual_result
                     where store_id = any(?) and superseded_at is null and voided_at is null""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            return statement;
        }, (RowCallbackHandler) rs -> current.computeIfAbsent(rs.getLong(2), id -> new ArrayList<>())
                .add(new AnnualRecord(rs.getLong(1), AnnualKind.valueOf(rs.getString(3)), rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        new DateRange(rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)),
                        Outcome.PASSED.name().equals(rs.getString(8)), rs.getInt(9),
                        Consequence.valueOf(rs.getString(10)),
                        rs.getString(11) == null ? null : ClearanceCause.valueOf(rs.getString(11)),
                        rs.getObject(12, LocalDate.class))));
        return current;
    }

    /** Inserts new results and returns their ids, in order. */
    List<Long> insert(List<AnnualDraft> drafts) {
        return BatchInserts.insert(jdbc, "annual_result_id_seq", INSERT, drafts, AnnualResultRows::bind);
    }

    /** Marks current results as superseded; how many were current. */
    int supersede(Collection<Long> resultIds, Instant now) {
        return mark("superseded_at", resultIds, now);
    }

    /** Marks current results as voided; how many were current. */
    int voidResults(Collection<Long> resultIds, Instant now) {
        return mark("voided_at", resultIds, now);
    }

    private int mark(String column, Collection<Long> resultIds, Instant now) {
        if (resultIds.isEmpty()) {
            return 0;
        }
        Long[] ids = resultIds.toArray(Long[]::new);
        return jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("update annual_result set " + column
                    + " = ? where id = any(?) and superseded_at is null and voided_at is null");
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, connection.createArrayOf("bigint", ids));
            return statement;
        });
    }

    private static void bind(PreparedStatement s, long id, AnnualDraft draft) throws SQLException {
        AnnualResult result = draft.result();
        AnnualAssessment assessment = result.assessment();
        AnnualSalesResult sales = assessment.sales();
        AnnualScoreResult score = assessment.serviceScore().orElseThrow();
        ComplianceResult compliance = assessment.compliance();
        DateRange window = assessment.window();
        int i = 1;
        s.setLong(i++, id);
        s.setLong(i++, draft.storeId());
        s.setString(i++, assessment.kind().name());
        s.setInt(i++, assessment.year());
        s.setObject(i++, window.first());
        s.setObject(i++, window.last());
        s.setInt(i++, Math.toIntExact(window.days()));
        s.setInt(i++, assessment.daysInYear());
        s.setObject(i++, assessment.dueDate());
        s.setObject(i++, draft.decidedAt().atOffset(ZoneOffset.UTC));
        s.setObject(i++, result.decidedOn());
        s.setString(i++, draft.trigger().name());
        s.setLong(i++, assessment.agreement().id());
        s.setInt(i++, assessment.agreement().terms().version());
        s.setString(i++, (result.passed() ? Outcome.PASSED : Outcome.FAILED).name());
        s.setBoolean(i++, sales.assessed());
        s.setBigDecimal(i++, sales.total());
        s.setBigDecimal(i++, sales.target());
        s.setBigDecimal(i++, sales.proRatedTarget());
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
        s.setString(i++, result.consequence().name());
        s.setString(i++, result.clearanceCause() == null ? null : result.clearanceCause().name());
        if (draft.supersedesId() == null) {
            s.setNull(i++, Types.BIGINT);
        }
        else {
            s.setLong(i++, draft.supersedesId());
        }
        s.setString(i++, draft.reason());
        s.setString(i, draft.decidedBy());
    }
}
