package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Daily sales and score snapshots, kept with plain JDBC: one row per store and day, upserted in batches. */
@Repository
class DatedFigureRepository {

    private final JdbcTemplate jdbc;

    DatedFigureRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the rows, in date order so that concurrent batches never deadlock. */
    int upsert(FigureKind kind, long storeId, List<? extends DatedFigure> rows, Instant now) {
        String sql = "insert into " + kind.table + " (store_id, " + kind.dateColumn + ", " + kind.valueField
                + ", updated_at) values (?, ?, ?, ?) on conflict (store_id, " + kind.dateColumn + ") do update set "
                + kind.valueField + " = excluded." + kind.valueField + ", updated_at = excluded.updated_at";
        Timestamp updatedAt = Timestamp.from(now);
        List<? extends DatedFigure> sorted = rows.stream()
                .sorted(Comparator.comparing(DatedFigure::date)).toList();
        jdbc.batchUpdate(sql, sorted, 500, (ps, row) -> {
            ps.setLong(1, storeId);
            ps.setObject(2, row.date());
            ps.setBigDecimal(3, row.value());
            ps.setTimestamp(4, updatedAt);
        });
        return rows.size();
    }

    Page<Row> find(FigureKind kind, long storeId, LocalDate from, LocalDate to, Pageable pageable) {
        String where = " from " + kind.table + " where store_id = ? and " + kind.dateColumn + " between ? and ?";
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, storeId, from, to);
        List<Row> rows = jdbc.query("select " + kind.dateColumn + ", " + kind.valueField + where + " order by "
                        + kind.dateColumn + " limit ? offset ?",
                (rs, n) -> new Row(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)),
                storeId, from, to, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    record Row(LocalDate date, BigDecimal value) {
    }
}
