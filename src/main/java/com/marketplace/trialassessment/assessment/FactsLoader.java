package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.ScoreSnapshot;
import com.marketplace.trialassessment.rules.ViolationFact;

/**
 * Loads the facts for many (store, checkpoint) pairs at once: one aggregate query per kind of fact
 * (sales, latest score, violations), whatever the number of pairs. The date windows come from
 * {@link Checkpoint}, so the SQL only sums and picks within the windows the rules define.
 */
@Component
class FactsLoader {

    /** The requested pairs as a table: (store_id, checkpoint, first_day, last_day, final_first, final_last). */
    private static final String REQUESTS = """
            with r as (
                select * from unnest(?::bigint[], ?::int[], ?::date[], ?::date[], ?::date[], ?::date[])
                    as r(store_id, checkpoint, first_day, last_day, final_first, final_last)
            )
            """;

    /* Each store's rows summed on their own (a lateral aggregate per pair): an index-only scan of the
       primary key, which holds the amount (V5), and no hash aggregate over the whole chunk's rows. */
    private static final String SALES = REQUESTS + """
            select r.store_id, r.checkpoint, s.cumulative, s.final_30_days
              from r
             cross join lateral (
                    select coalesce(sum(d.amount), 0) as cumulative,
                           coalesce(sum(d.amount) filter (where d.sales_date >= r.final_first), 0) as final_30_days
                      from daily_sales d
                     where d.store_id = r.store_id and d.sales_date between r.first_day and r.last_day) s
            """;

    private static final String LATEST_SCORES = REQUESTS + """
            select r.store_id, r.checkpoint, s.score_date, s.score
              from r
              join lateral (
                    select score_date, score from service_score s
                     where s.store_id = r.store_id and s.score_date between r.first_day and r.last_day
                     order by s.score_date desc
                     limit 1) s on true
            """;

    private static final String VIOLATIONS = REQUESTS + """
            select r.store_id, r.checkpoint, v.id, v.occurred_on, v.severity, v.points
              from r
              join violation v
                on v.store_id = r.store_id and v.occurred_on between r.first_day and r.last_day
             where v.revoked_at is null
            """;

    private final JdbcTemplate jdbc;

    FactsLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<FactsRequest, CheckpointFacts> load(List<FactsRequest> requests) {
        if (requests.isEmpty()) {
            return Map.of();
        }
        Map<Key, FactsRequest> byKey = new HashMap<>();
        requests.forEach(r -> byKey.put(new Key(r.storeId(), r.checkpoint().number()), r));

        Map<Key, BigDecimal[]> sales = new HashMap<>();
        query(SALES, requests, rs -> sales.put(key(rs), new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4)}));
        Map<Key, List<ScoreSnapshot>> scores = new HashMap<>();
        query(LATEST_SCORES, requests, rs -> scores.computeIfAbsent(key(rs), k -> new ArrayList<>())
                .add(new ScoreSnapshot(rs.getObject(3, LocalDate.class), rs.getBigDecimal(4))));
        Map<Key, List<ViolationFact>> violations = new HashMap<>();
        query(VIOLATIONS, requests, rs -> violations.computeIfAbsent(key(rs), k -> new ArrayList<>())
                .add(new ViolationFact(rs.getLong(3), rs.getObject(4, LocalDate.class),
                        "SERIOUS".equals(rs.getString(5)), rs.getInt(6), false)));

        Map<FactsRequest, CheckpointFacts> facts = new HashMap<>();
        byKey.forEach((key, request) -> {
            BigDecimal[] salesFigures = sales.get(key);
            facts.put(request, new CheckpointFacts(salesFigures[0],
                    request.checkpoint().isLast() ? salesFigures[1] : null,
                    scores.getOrDefault(key, List.of()), violations.getOrDefault(key, List.of())));
        });
        return facts;
    }

    private void query(String sql, List<FactsRequest> requests, RowCallbackHandler handler) {
        jdbc.query(connection -> statement(connection, sql, requests), handler);
    }

    private static PreparedStatement statement(Connection connection, String sql, List<FactsRequest> requests)
            throws SQLException {
        int n = requests.size();
        Long[] storeIds = new Long[n];
        Integer[] checkpoints = new Integer[n];
        String[] firstDays = new String[n];
        String[] lastDays = new String[n];
        String[] finalFirst = new String[n];
        String[] finalLast = new String[n];
        for (int i = 0; i < n; i++) {
            FactsRequest request = requests.get(i);
            DateRange period = request.checkpoint().assessedPeriod(request.launchDate());
            storeIds[i] = request.storeId();
            checkpoints[i] = request.checkpoint().number();
            firstDays[i] = period.first().toString();
            lastDays[i] = period.last().toString();
            DateRange finalDays = request.checkpoint().finalThirtyDays(request.launchDate()).orElse(null);
            finalFirst[i] = finalDays == null ? null : finalDays.first().toString();
            finalLast[i] = finalDays == null ? null : finalDays.last().toString();
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("bigint", storeIds));
        statement.setArray(2, connection.createArrayOf("int4", checkpoints));
        statement.setArray(3, textArray(connection, firstDays));
        statement.setArray(4, textArray(connection, lastDays));
        statement.setArray(5, textArray(connection, finalFirst));
        statement.setArray(6, textArray(connection, finalLast));
        return statement;
    }

    private static Array textArray(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private static Key key(java.sql.ResultSet rs) throws SQLException {
        return new Key(rs.getLong(1), rs.getInt(2));
    }

    private record Key(long storeId, int checkpoint) {
    }
}
