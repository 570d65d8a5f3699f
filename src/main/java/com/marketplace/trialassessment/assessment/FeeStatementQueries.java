package com.marketplace.trialassessment.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.FeeCause;
import com.marketplace.trialassessment.rules.FeeTier;

/**
 * Reads fee statements: a store's, the ones an evaluation issued, and a year's for finance, the last
 * in pages by key (each page one short statement, so that no connection waits on a slow client).
 */
@Component
class FeeStatementQueries {

    private static final String COLUMNS = """
            select id, store_id, year, cause, due_date, issued_at, trigger, target_version, first_trading_day,
                   last_trading_day, months, annual_fee, charged, unused_refund, sales, half_refund_threshold,
                   full_refund_threshold, serious_violations, tier, tier_refund, forfeited, total_refund, status,
                   voided_at
              from fee_statement
            """;

    private final JdbcTemplate jdbc;
    private final RowMapper<FeeStatementResponse> mapper;
    private final TransactionTemplate snapshot;

    FeeStatementQueries(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = (rs, n) -> map(rs, clock);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Every statement of the store, oldest first (by the year it settles, then as issued). */
    List<FeeStatementResponse> ofStore(long storeId, int offset, int limit) {
        return jdbc.query(COLUMNS + " where store_id = ? order by year, issued_at, id offset ? limit ?", mapper,
                storeId, offset, limit);
    }

    long countOfStore(long storeId) {
        Long count = jdbc.queryForObject("select count(*) from fee_statement where store_id = ?", Long.class, storeId);
        return count == null ? 0 : count;
    }

    /** The statements with these ids, in the order of {@code ids}. */
    List<FeeStatementResponse> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FeeStatementResponse> found = new HashMap<>();
        jdbc.query(COLUMNS + " where id = any(?)", mapper, (Object) ids.toArray(Long[]::new))
                .forEach(s -> found.put(s.id(), s));
        return ids.stream().map(found::get).toList();
    }

    /**
     * Every statement of {@code year}, issued and void, by id, handed to {@code each} one page at a time
     * (flat memory whatever their number), all read in one read-only, repeatable-read transaction: one
     * snapshot, so that a statement voided and re-issued meanwhile is not there twice.
     */
    void ofYear(int year, int pageSize, Consumer<List<FeeStatementResponse>> each) {
        snapshot.executeWithoutResult(status -> pages(year, pageSize, each));
    }

    private void pages(int year, int pageSize, Consumer<List<FeeStatementResponse>> each) {
        long after = 0;
        while (true) {
            List<FeeStatementResponse> page = jdbc.query(COLUMNS + " where year = ? and id > ? order by id limit ?",
                    mapper, year, after, pageSize);
            if (page.isEmpty()) {
                return;
            }
            each.accept(page);
            if (page.size() < pageSize) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private static FeeStatementResponse map(ResultSet rs, Clock clock) throws SQLException {
        return new FeeStatementResponse(rs.getLong("id"), rs.getLong("store_id"), rs.getInt("year"),
                FeeCause.valueOf(rs.getString("cause")), rs.getObject("due_date", LocalDate.class),
                Timestamps.inBusinessZone(rs.getObject("issued_at", OffsetDateTime.class).toInstant(), clock),
                Trigger.valueOf(rs.getString("trigger")), rs.getInt("target_version"),
                rs.getObject("first_trading_day", LocalDate.class), rs.getObject("last_trading_day", LocalDate.class),
                rs.getInt("months"), rs.getBigDecimal("annual_fee"), rs.getBigDecimal("charged"),
                rs.getBigDecimal("unused_refund"), rs.getBigDecimal("sales"), rs.getBigDecimal("half_refund_threshold"),
                rs.getBigDecimal("full_refund_threshold"), rs.getInt("serious_violations"),
                FeeTier.valueOf(rs.getString("tier")), rs.getBigDecimal("tier_refund"), rs.getBoolean("forfeited"),
                rs.getBigDecimal("total_refund"), FeeStatementStatus.valueOf(rs.getString("status")),
                rs.getObject("voided_at", OffsetDateTime.class) == null ? null
                        : Timestamps.inBusinessZone(rs.getObject("voided_at", OffsetDateTime.class).toInstant(),
                                clock));
    }
}
