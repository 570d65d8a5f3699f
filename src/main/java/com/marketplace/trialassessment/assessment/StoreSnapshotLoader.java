package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.ScoreSnapshot;
import com.marketplace.trialassessment.rules.ViolationFact;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * Reads a {@link StoreSnapshot} with one SQL statement: one round trip and no transaction, since a
 * single statement sees one consistent snapshot of the database on its own.
 * <p>
 * The statement finds the store's first undecided checkpoint itself (from its current verdicts) and
 * reads the facts of that checkpoint only: its sales rows once, through the primary key
 * {@code (store_id, sales_date)}, summed over days 1..D(k) and over the final days; its non-revoked
 * violations. Summing numeric amounts is the bulk of the statement's work, so it sums no window that
 * nobody shows. It also reads all score snapshots of the trial (a handful), from which every
 * checkpoint's latest score follows.
 * <p>
 * The windows are the rules' own ({@link Checkpoint#assessedPeriod}, {@link Checkpoint#finalThirtyDays}),
 * turned into day offsets from the launch date and passed as parameters, so the SQL holds no day
 * numbers. The figures are those {@link FactsLoader} reads: the same sums (and the same {@code 0} for a
 * window without sales rows), the latest score within days 1..D(k), the non-revoked violations within
 * days 1..D(k).
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

    /**
     * The statement; adds its parameters but the store id to {@code parameters}. The windows are passed
     * as arrays indexed by checkpoint number, each element a day offset from the launch date (day 1 is
     * offset 0), null for a checkpoint without final days.
     */
    private static String sql(List<Object> parameters) {
        int size = 0;
        for (Checkpoint checkpoint : CHECKPOINTS) {
            size = Math.max(size, checkpoint.number());
        }
        Integer[] firstDays = new Integer[size];
        Integer[] lastDays = new Integer[size];
        Integer[] finalFirstDays = new Integer[size];
        Integer[] finalLastDays = new Integer[size];
        Window trial = null;
        StringBuilder firstUndecided = new StringBuilder("case");
        List<Object> firstUndecidedParameters = new ArrayList<>();
        for (Checkpoint checkpoint : CHECKPOINTS) {
            int i = checkpoint.number() - 1;
            Window assessed = Window.of(checkpoint.assessedPeriod(ANY_LAUNCH_DATE));
            firstDays[i] = assessed.first();
            lastDays[i] = assessed.last();
            trial = assessed.union(trial);
            checkpoint.finalThirtyDays(ANY_LAUNCH_DATE).map(Window::of).ifPresent(finalDays -> {
                finalFirstDays[i] = finalDays.first();
                finalLastDays[i] = finalDays.last();
            });
            firstUndecided.append(" when ?::int <> all(coalesce(verdicts.checkpoints, '{}')) then ?::int");
            firstUndecidedParameters.add(checkpoint.number());
            firstUndecidedParameters.add(checkpoint.number());
        }
        firstUndecided.append(" end");

        parameters.add(firstDays);
        parameters.add(lastDays);
        parameters.add(finalFirstDays);
        parameters.add(finalLastDays);
        parameters.addAll(firstUndecidedParameters);
        parameters.add(trial.first());
        parameters.add(trial.last());
        // array_agg without ORDER BY: the arrays of one aggregate node see the rows in the same order
        return """
                select s.name, s.merchant_id, s.status, s.launch_date, s.target_version_id, c.code as category_code,
                       verdicts.checkpoints as verdict_checkpoints, verdicts.ids as verdict_ids,
                       verdicts.outcomes as verdict_outcomes,
                       undecided.checkpoint as first_undecided, sales.cumulative, sales.final_days,
                       scores.days as score_days, scores.scores,
                       violations.ids as violation_ids, violations.days as violation_days,
                       violations.severities as violation_severities, violations.points as violation_points
                  from store s
                  join category c on c.id = s.category_id
                 cross join lateral (
                        select array_agg(v.checkpoint) as checkpoints, array_agg(v.id) as ids,
                               array_agg(v.outcome) as outcomes
                          from verdict v
                         where v.store_id = s.id and v.superseded_at is null) verdicts
                 cross join lateral (
                        select k.checkpoint,
                               s.launch_date + (?::int[])[k.checkpoint] as first_day,
                               s.launch_date + (?::int[])[k.checkpoint] as last_day,
                               s.launch_date + (?::int[])[k.checkpoint] as final_first_day,
                               s.launch_date + (?::int[])[k.checkpoint] as final_last_day
                          from (select %s as checkpoint) k
                        offset 0) undecided
                 cross join lateral (
                        select coalesce(sum(d.amount), 0) as cumulative,
                               coalesce(sum(d.amount) filter (where d.sales_date between undecided.final_first_day
                                                                                     and undecided.final_last_day), 0)
                                   as final_days
                          from daily_sales d
                         where d.store_id = s.id
                           and d.sales_date between undecided.first_day and undecided.last_day) sales
                 cross join lateral (
                        select array_agg(ss.score_date - s.launch_date) as days, array_agg(ss.score) as scores
                          from service_score ss
                         where ss.store_id = s.id
                           and ss.score_date between s.launch_date + ?::int and s.launch_date + ?::int) scores
                 cross join lateral (
                        select array_agg(vi.id) as ids, array_agg(vi.occurred_on - s.launch_date) as days,
                               array_agg(vi.severity) as severities, array_agg(vi.points) as points
                          from violation vi
                         where vi.store_id = s.id and vi.revoked_at is null
                           and vi.occurred_on between undecided.first_day and undecided.last_day) violations
                 where s.id = ?
                """.formatted(firstUndecided);
    }

    private static StoreSnapshot snapshot(long storeId, ResultSet rs) throws SQLException {
        LocalDate launch = rs.getObject("launch_date", LocalDate.class);
        List<ScoreSnapshot> scores = scores(launch, rs);
        Checkpoint firstUndecided = null;
        CheckpointFacts facts = null;
        int undecided = rs.getInt("first_undecided");
        if (!rs.wasNull()) {
            firstUndecided = Checkpoint.of(undecided);
            facts = facts(firstUndecided, launch, scores, rs);
        }
        return new StoreSnapshot(storeId, rs.getString("name"), rs.getString("merchant_id"),
                rs.getString("category_code"), rs.getLong("target_version_id"),
                StoreStatus.valueOf(rs.getString("status")), launch, verdicts(rs), firstUndecided, facts, scores);
    }

    private static Map<Checkpoint, CurrentVerdict> verdicts(ResultSet rs) throws SQLException {
        Map<Checkpoint, CurrentVerdict> verdicts = new EnumMap<>(Checkpoint.class);
        Integer[] checkpoints = array(rs, "verdict_checkpoints", Integer[].class);
        if (checkpoints != null) {
            Long[] ids = array(rs, "verdict_ids", Long[].class);
            String[] outcomes = array(rs, "verdict_outcomes", String[].class);
            for (int i = 0; i < checkpoints.length; i++) {
                Checkpoint checkpoint = Checkpoint.of(checkpoints[i]);
                verdicts.put(checkpoint, new CurrentVerdict(ids[i], checkpoint, "PASSED".equals(outcomes[i])));
            }
        }
        return verdicts;
    }

    /** As {@link FactsLoader} gives them: the latest score only, and the final days' sales only at checkpoint 4. */
    private static CheckpointFacts facts(Checkpoint checkpoint, LocalDate launch, List<ScoreSnapshot> scores,
            ResultSet rs) throws SQLException {
        DateRange period = checkpoint.assessedPeriod(launch);
        List<ScoreSnapshot> latest = scores.stream().filter(s -> period.contains(s.date()))
                .max(Comparator.comparing(ScoreSnapshot::date)).map(List::of).orElse(List.of());
        BigDecimal finalDays = checkpoint.finalThirtyDays(launch).isPresent() ? rs.getBigDecimal("final_days") : null;
        return new CheckpointFacts(rs.getBigDecimal("cumulative"), finalDays, latest, violations(launch, rs));
    }

    private static List<ScoreSnapshot> scores(LocalDate launch, ResultSet rs) throws SQLException {
        Integer[] days = array(rs, "score_days", Integer[].class);
        if (days == null) {
            return List.of();
        }
        BigDecimal[] values = array(rs, "scores", BigDecimal[].class);
        List<ScoreSnapshot> scores = new ArrayList<>(days.length);
        for (int i = 0; i < days.length; i++) {
            scores.add(new ScoreSnapshot(launch.plusDays(days[i]), values[i]));
        }
        return scores;
    }

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
    private record Window(int first, int last) {

        static Window of(DateRange range) {
            return new Window(Math.toIntExact(ChronoUnit.DAYS.between(ANY_LAUNCH_DATE, range.first())),
                    Math.toIntExact(ChronoUnit.DAYS.between(ANY_LAUNCH_DATE, range.last())));
        }

        Window union(Window other) {
            return other == null ? this : new Window(Math.min(first, other.first), Math.max(last, other.last));
        }
    }
}
