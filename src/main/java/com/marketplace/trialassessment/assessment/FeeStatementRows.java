package com.marketplace.trialassessment.assessment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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

import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.FeeCause;
import com.marketplace.trialassessment.rules.FeeRecord;
import com.marketplace.trialassessment.rules.FeeStatement;

/**
 * The one writer of fee statements, in plain SQL for one store or a chunk of thousands alike: the
 * issued statements of stores as the rules know them, new statements in one JDBC batch, and
 * statements made void in one statement.
 */
@Repository
class FeeStatementRows {

    private static final String INSERT = """
            insert into fee_statement (id, store_id, year, cause, due_date, issued_at, trigger, decided_by,
                                       target_version_id, target_version, first_trading_day, last_trading_day,
                                       months, annual_fee, charged, unused_refund, sales, half_refund_threshold,
                                       full_refund_threshold, serious_violations, tier, tier_refund, forfeited,
                                       total_refund, status)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    FeeStatementRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The issued (not void) statements of each store; stores without any are absent. */
    Map<Long, List<FeeRecord>> issued(Collection<Long> storeIds) {
        Map<Long, List<FeeRecord>> issued = new HashMap<>();
        if (storeIds.isEmpty()) {
            return issued;
        }
        Long[] ids = storeIds.toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select id, store_id, year, cause, first_trading_day, last_trading_day, forfeited
                      from fee_statement where store_id = any(?) and status = ?""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            statement.setString(2, FeeStatementStatus.ISSUED.name());
            return statement;
        }, (RowCallbackHandler) rs -> issued.computeIfAbsent(rs.getLong(2), id -> new ArrayList<>())
                .add(new FeeRecord(rs.getLong(1), rs.getInt(3), FeeCause.valueOf(rs.getString(4)),
                        new DateRange(rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)),
                        rs.getBoolean(7))));
        return issued;
    }

    /** Inserts new statements and returns their ids, in order. */
    List<Long> insert(List<FeeDraft> drafts) {
        return BatchInserts.insert(jdbc, "fee_statement_id_seq", INSERT, drafts, FeeStatementRows::bind);
    }

    /** Makes issued statements void; how many were issued (fewer when one no longer was). */
    int voidStatements(Collection<Long> statementIds, Instant now) {
        if (statementIds.isEmpty()) {
            return 0;
        }
        Long[] ids = statementIds.toArray(Long[]::new);
        return jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "update fee_statement set status = ?, voided_at = ? where id = any(?) and status = ?");
            statement.setString(1, FeeStatementStatus.VOID.name());
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setArray(3, connection.createArrayOf("bigint", ids));
            statement.setString(4, FeeStatementStatus.ISSUED.name());
            return statement;
        });
    }

    private static void bind(PreparedStatement s, long id, FeeDraft draft) throws SQLException {
        FeeStatement f = draft.statement();
        int i = 1;
        s.setLong(i++, id);
        s.setLong(i++, draft.storeId());
        s.setInt(i++, f.year());
        s.setString(i++, f.cause().name());
        s.setObject(i++, f.due().dueOn());
        s.setObject(i++, draft.issuedAt().atOffset(ZoneOffset.UTC));
        s.setString(i++, draft.trigger().name());
        s.setString(i++, draft.decidedBy());
        s.setLong(i++, f.agreementId());
        s.setInt(i++, f.targetVersion());
        s.setObject(i++, f.due().tradingDays().first());
        s.setObject(i++, f.due().tradingDays().last());
        s.setInt(i++, f.months());
        s.setBigDecimal(i++, f.annualFee());
        s.setBigDecimal(i++, f.charged());
        s.setBigDecimal(i++, f.unusedRefund());
        s.setBigDecimal(i++, f.sales());
        s.setBigDecimal(i++, f.halfRefundThreshold());
        s.setBigDecimal(i++, f.fullRefundThreshold());
        s.setInt(i++, f.seriousViolations());
        s.setString(i++, f.tier().name());
        s.setBigDecimal(i++, f.tierRefund());
        s.setBoolean(i++, f.forfeited());
        s.setBigDecimal(i++, f.totalRefund());
        s.setString(i, FeeStatementStatus.ISSUED.name());
    }
}
