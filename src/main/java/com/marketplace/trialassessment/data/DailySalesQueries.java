package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.rules.DateRange;

/** What read models ask of a store's daily sales, day by day. */
@Component
public class DailySalesQueries {

    private final JdbcTemplate jdbc;

    DailySalesQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The recorded amount of each day of {@code days} that has one; days without a record are absent. */
    public Map<LocalDate, BigDecimal> amounts(long storeId, DateRange days) {
        Map<LocalDate, BigDecimal> amounts = new HashMap<>();
        jdbc.query("select sales_date, amount from daily_sales where store_id = ? and sales_date between ? and ?",
                (RowCallbackHandler) rs -> amounts.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)),
                storeId, days.first(), days.last());
        return amounts;
    }
}
