package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.FactsWindow;
import com.marketplace.trialassessment.rules.ScoreSnapshot;
import com.marketplace.trialassessment.rules.ViolationFact;
import com.marketplace.trialassessment.rules.WindowFacts;

/**
 * The one reader of the facts decisions are taken on: for each (store, window of the rules), the
 * store's sales summed over the window and its sub-period, the latest score snapshot dated within it,
 * and the violations that occurred within it. One statement answers any number of windows, so one
 * store and a chunk of the daily run are read alike; the SQL only selects and sums within the windows
 * the rules give (see {@link FactsWindow}). Each store's rows are read through the primary keys, which
 * hold the amount and the score (V5), with index-only scans.
 */
@Component
public class FactsQueries {

    private static final String FACTS = """
            select r.i, s.sales, s.sub_period_sales, sc.score_date, sc.score,
                   v.ids, v.days, v.severities, v.points, v.revoked
              from unnest(?::bigint[], ?::date[], ?::date[], ?::date[], ?::date[])
                   with ordinality as r(store_id, first_day, last_day, sub_first, sub_last, i)
             cross join lateral (
                    select coalesce(sum(d.amount), 0.00) as sales,
                           coalesce(sum(d.amount) filter (where d.sales_date between r.sub_first and r.sub_last), 0.00)
                               as sub_period_sales
                      from daily_sales d
                     where d.store_id = r.store_id and d.sales_date between r.first_day and r.last_day) s
              left join lateral (
                    select ss.score_date, ss.score
                      from service_score ss
                     where ss.store_id = r.store_id and ss.score_date between r.first_day and r.last_day
                     order by ss.score_date desc
                     limit 1) sc on true
             cross join lateral (
                    select array_agg(vi.id order by vi.id) as ids, array_agg(vi.occurred_on order by vi.id) as days,
                           array_agg(vi.severity order by vi.id) as severities,
                           array_agg(vi.points order by vi.id) as points,
                           array_agg(vi.revoked_at is not null order by vi.id) as revoked
                      from violation vi
                     where vi.store_id = r.store_id and vi.occurred_on between r.first_day and r.last_day) v
            """;

    private final JdbcTemplate jdbc;

    FactsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of one store over each of {@code windows}. */
    public Map<FactsWindow, WindowFacts> of(long storeId, Collection<FactsWindow> windows) {
        Map<FactsWindow, WindowFacts> facts = new HashMap<>();
        of(windows.stream().map(w -> new StoreWindow(storeId, w)).toList())
                .forEach((request, windowFacts) -> facts.put(request.window(), windowFacts));
        return facts;
    }

    /** The facts of each (store, window), with one statement for all of them. */
    public Map<StoreWindow, WindowFacts> of(Collection<StoreWindow> requests) {
        List<StoreWindow> distinct = List.copyOf(new LinkedHashSet<>(requests));
        Map<StoreWindow, WindowFacts> facts = new HashMap<>();
        if (distinct.isEmpty()) {
            return facts;
        }
        jdbc.query(connection -> statement(connection, distinct), (RowCallbackHandler) rs -> {
            StoreWindow request = distinct.get(rs.getInt(1) - 1);
            facts.put(request, facts(request.window(), rs));
        });
        return facts;
    }

    private static WindowFacts facts(FactsWindow window, ResultSet rs) throws SQLException {
        LocalDate scoreDate = rs.getObject("score_date", LocalDate.class);
        Optional<ScoreSnapshot> latest = scoreDate == null ? Optional.empty()
                : Optional.of(new ScoreSnapshot(scoreDate, rs.getBigDecimal("score")));
        return new WindowFacts(rs.getBigDecimal("sales"),
                window.subPeriod() == null ? null : rs.getBigDecimal("sub_period_sales"), latest, violations(rs));
    }

    private static List<ViolationFact> violations(ResultSet rs) throws SQLException {
        Long[] ids = array(rs, "ids", Long[].class);
        if (ids == null) {
            return List.of();
        }
        java.sql.Date[] days = array(rs, "days", java.sql.Date[].class);
        String[] severities = array(rs, "severities", String[].class);
        Integer[] points = array(rs, "points", Integer[].class);
        Boolean[] revoked = array(rs, "revoked", Boolean[].class);
        List<ViolationFact> violations = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            violations.add(new ViolationFact(ids[i], days[i].toLocalDate(),
                    Severity.SERIOUS.name().equals(severities[i]), points[i], revoked[i]));
        }
        return violations;
    }

    private static <T> T array(ResultSet rs, String column, Class<T> type) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? null : type.cast(array.getArray());
    }

    private static PreparedStatement statement(Connection connection, List<StoreWindow> requests)
            throws SQLException {
        int n = requests.size();
        Long[] storeIds = new Long[n];
        String[] firstDays = new String[n];
        String[] lastDays = new String[n];
        String[] subFirst = new String[n];
        String[] subLast = new String[n];
        for (int i = 0; i < n; i++) {
            StoreWindow request = requests.get(i);
            DateRange period = request.window().period();
            DateRange sub = request.window().subPeriod();
            storeIds[i] = request.storeId();
            firstDays[i] = period.first().toString();
            lastDays[i] = period.last().toString();
            subFirst[i] = sub == null ? null : sub.first().toString();
            subLast[i] = sub == null ? null : sub.last().toString();
        }
        PreparedStatement statement = connection.prepareStatement(FACTS);
        statement.setArray(1, connection.createArrayOf("bigint", storeIds));
        statement.setArray(2, connection.createArrayOf("text", firstDays));
        statement.setArray(3, connection.createArrayOf("text", lastDays));
        statement.setArray(4, connection.createArrayOf("text", subFirst));
        statement.setArray(5, connection.createArrayOf("text", subLast));
        return statement;
    }
}
