package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.assessment.rules.Checkpoint;
import com.marketplace.trialassessment.assessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.assessment.rules.DateRange;
import com.marketplace.trialassessment.assessment.rules.ScoreSnapshot;
import com.marketplace.trialassessment.assessment.rules.ViolationFact;
import com.marketplace.trialassessment.store.StoreStatus;

/**
 * Reads a {@link StoreSnapshot} with one SQL statement, so one round trip and no transaction: a single
 * statement sees one consistent snapshot of the database on its own. It reads the store's row, its
 * current verdicts, and the facts of every checkpoint, each store's sales rows once (through the
 * primary key {@code (store_id, sales_date)}), summed per window with aggregate filters.
 * <p>
 * The windows are the rules' own ({@link Checkpoint#assessedPeriod}, {@link Checkpoint#finalThirtyDays}):
 * they are turned into day offsets from the launch date here and passed as parameters, so the SQL
 * holds no day numbers. It returns the same figures as {@link FactsLoader} (same sums, the same
 * {@code 0} for a window without sales rows, the latest score within days 1..D(k), the non-revoked
 * violations within days 1..D(k)).
 */
@Component
class StoreSnapshotLoader {

    /** Any date will do: a window's offsets from the launch date do not depend on the launch date. */
    private static final LocalDate ANY_LAUNCH_DATE = LocalDate.of(2000, 1, 1);

    private static final Checkpoint[] CHECKPOINTS = Checkpoint.values();

    private final JdbcTemplate jdbc;
    private final String sql;
    /** The parameters of {@link #sql} but the last, the store id. */
    private final Object[] windowParameters;

    StoreSnapshotLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<Object> parameters = new ArrayList<>();
        this.sql = sql(parameters);
        this.windowParameters = parameters.toArray();
    }

    Optional<StoreSnapshot> load(long storeId) {
        Object[] parameters = new Object[windowParameters.length + 1];
        System.arraycopy(windowParameters, 0, parameters, 0, windowParameters.length);
        parameters[windowParameters.length] = storeId;
        List<StoreSnapshot> found = jdbc.query(sql, (rs, i) -> snapshot(storeId, rs), parameters);
        return found.stream().findFirst();
    }

    private static String sql(List<Object> parameters) {
        StringBuilder verdicts = new StringBuilder();
        StringBuilder sales = new StringBuilder();
        StringBuilder scores = new StringBuilder();
        List<Object> verdictParameters = new ArrayList<>();
        List<Object> salesParameters = new ArrayList<>();
        List<Object> scoreParameters = new ArrayList<>();
        Window allSales = null;
        Window allViolations = null;
        for (Checkpoint checkpoint : CHECKPOINTS) {
            int k = checkpoint.number();
            verdicts.append(verdicts.isEmpty() ? "" : ",\n").append("""
                            max(v.id) filter (where v.checkpoint = ?) as verdict_%1$d,
                            max(v.outcome) filter (where v.checkpoint = ?) as outcome_%1$d""".formatted(k));
            verdictParameters.add(k);
            verdictParameters.add(k);

            Window assessed = Window.of(checkpoint.assessedPeriod(ANY_LAUNCH_DATE));
            sales.append(sales.isEmpty() ? "" : ",\n").append("""
                            coalesce(sum(d.amount) filter (where d.sales_date between s.launch_date + ?::int
                                                                               and s.launch_date + ?::int), 0)
                                as cumulative_%d""".formatted(k));
            assessed.addTo(salesParameters);
            allSales = assessed.union(allSales);
            allViolations = assessed.union(allViolations);
            Optional<Window> finalDays = checkpoint.finalThirtyDays(ANY_LAUNCH_DATE).map(Window::of);
            if (finalDays.isPresent()) {
                sales.append(",\n").append("""
                            coalesce(sum(d.amount) filter (where d.sales_date between s.launch_date + ?::int
                                                                               and s.launch_date + ?::int), 0)
                                as final_days_%d""".formatted(k));
                finalDays.get().addTo(salesParameters);
                allSales = finalDays.get().union(allSales);
            }

            scores.append("""
                      left join lateral (
                            select ss.score_date, ss.score from service_score ss
                             where ss.store_id = s.id
                               and ss.score_date between s.launch_date + ?::int and s.launch_date + ?::int
                             order by ss.score_date desc
                             limit 1) score_%1$d on true
                    """.formatted(k));
            assessed.addTo(scoreParameters);
        }
        StringBuilder scoreColumns = new StringBuilder();
        for (Checkpoint checkpoint : CHECKPOINTS) {
            scoreColumns.append(", score_%1$d.score_date as score_date_%1$d, score_%1$d.score as score_%1$d"
                    .formatted(checkpoint.number()));
        }

        parameters.addAll(verdictParameters);
        parameters.addAll(salesParameters);
        allSales.addTo(parameters);
        parameters.addAll(scoreParameters);
        allViolations.addTo(parameters);
        return """
                select s.name, s.merchant_id, s.status, s.launch_date, s.target_version_id, c.code as category_code,
                       verdicts.*, sales.*%s,
                       violations.ids as violation_ids, violations.days as violation_days,
                       violations.severities as violation_severities, violations.points as violation_points
                  from store s
                  join category c on c.id = s.category_id
                 cross join lateral (
                        select %s
                          from verdict v
                         where v.store_id = s.id and v.superseded_at is null) verdicts
                 cross join lateral (
                        select %s
                          from daily_sales d
                         where d.store_id = s.id
                           and d.sales_date between s.launch_date + ?::int and s.launch_date + ?::int) sales
                %s cross join lateral (
                        select array_agg(vi.id order by vi.id) as ids,
                               array_agg(vi.occurred_on - s.launch_date order by vi.id) as days,
                               array_agg(vi.severity order by vi.id) as severities,
                               array_agg(vi.points order by vi.id) as points
                          from violation vi
                         where vi.store_id = s.id and vi.revoked_at is null
                           and vi.occurred_on between s.launch_date + ?::int and s.launch_date + ?::int) violations
                 where s.id = ?
                """.formatted(scoreColumns, verdicts, sales, scores);
    }

    private static StoreSnapshot snapshot(long storeId, ResultSet rs) throws SQLException {
        LocalDate launch = rs.getObject("launch_date", LocalDate.class);
        List<ViolationFact> violations = violations(launch, rs);
        Map<Checkpoint, CurrentVerdict> verdicts = new EnumMap<>(Checkpoint.class);
        Map<Checkpoint, CheckpointFacts> facts = new EnumMap<>(Checkpoint.class);
        for (Checkpoint checkpoint : CHECKPOINTS) {
            int k = checkpoint.number();
            long verdictId = rs.getLong("verdict_" + k);
            if (!rs.wasNull()) {
                verdicts.put(checkpoint,
                        new CurrentVerdict(verdictId, checkpoint, "PASSED".equals(rs.getString("outcome_" + k))));
            }
            LocalDate scoreDate = rs.getObject("score_date_" + k, LocalDate.class);
            List<ScoreSnapshot> scores = scoreDate == null ? List.of()
                    : List.of(new ScoreSnapshot(scoreDate, rs.getBigDecimal("score_" + k)));
            DateRange period = checkpoint.assessedPeriod(launch);
            BigDecimal finalDays = checkpoint.finalThirtyDays(launch).isPresent()
                    ? rs.getBigDecimal("final_days_" + k) : null;
            facts.put(checkpoint, new CheckpointFacts(rs.getBigDecimal("cumulative_" + k), finalDays, scores,
                    violations.stream().filter(v -> period.contains(v.occurredOn())).toList()));
        }
        return new StoreSnapshot(storeId, rs.getString("name"), rs.getString("merchant_id"),
                rs.getString("category_code"), rs.getLong("target_version_id"),
                StoreStatus.valueOf(rs.getString("status")), launch, verdicts, facts);
    }

    /** The non-revoked violations within all checkpoints' periods; each checkpoint keeps those of its own. */
    private static List<ViolationFact> violations(LocalDate launch, ResultSet rs) throws SQLException {
        Long[] ids = array(rs, "violation_ids", Long[].class);
        if (ids == null) {
            return List.of();
        }
        Integer[] days = array(rs, "violation_days", Integer[].class);
        String[] severities = array(rs, "violation_severities", String[].class);
        Integer[] points = array(rs, "violation_points", Integer[].class);
        List<ViolationFact> violations = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            violations.add(new ViolationFact(ids[i], launch.plusDays(days[i]), "SERIOUS".equals(severities[i]),
                    points[i], false));
        }
        return violations;
    }

    private static <T> T array(ResultSet rs, String column, Class<T> type) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? null : type.cast(array.getArray());
    }

    /** Days {@code first..last} as offsets from the launch date (day 1 is offset 0). */
    private record Window(long first, long last) {

        static Window of(DateRange range) {
            return new Window(ChronoUnit.DAYS.between(ANY_LAUNCH_DATE, range.first()),
                    ChronoUnit.DAYS.between(ANY_LAUNCH_DATE, range.last()));
        }

        Window union(Window other) {
            return other == null ? this : new Window(Math.min(first, other.first), Math.max(last, other.last));
        }

        void addTo(List<Object> parameters) {
            parameters.add(Math.toIntExact(first));
            parameters.add(Math.toIntExact(last));
        }
    }
}
