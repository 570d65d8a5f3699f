package com.marketplace.trialassessment.data;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.marketplace.trialassessment.common.FieldProblem;
import com.marketplace.trialassessment.rules.DatedData;
import com.marketplace.trialassessment.store.StoreCatalog;

/**
 * The SQL of a bulk upload. Rows are first copied into {@code bulk_rows}, a temporary table of the
 * upload's transaction (dropped at its end), each with its line number; the launch dates of the
 * stores they name are asked of the store module and kept beside them in {@code bulk_stores}; the
 * checks that need the database (the store exists, the date lies within its launch date..today, a
 * store's date is sent once) then run on all rows at once, and the rows are merged into the real table
 * with set-based statements. Every method runs in the caller's transaction.
 */
@Repository
class BulkStaging {

    static final String COPY = "copy bulk_rows (line, store_id, day, value) from stdin";

    private static final String CREATE = """
            create temp table bulk_rows (
                line     bigint  not null,
                store_id bigint  not null,
                day      date    not null,
                value    numeric
            ) on commit drop""";

    private static final String CREATE_STORES = """
            create temp table bulk_stores (
                id          bigint primary key,
                launch_date date   not null
            ) on commit drop""";

    /** The rows of known stores dated within launch..today, in key order so that concurrent writers lock rows alike. */
    private static final String VALID_ROWS = """
            select b.store_id, b.day, b.value, ?
              from bulk_rows b
              join bulk_stores s on s.id = b.store_id
             where b.day between s.launch_date and ?
            """;

    /** Rows breaking a rule; a row may break two (its store or date, and repeating an earlier line's key). */
    private static final String PROBLEMS = """
            select line, store_id, day, launch_date, unknown_store, first_line,
                   sum((unknown_store or day < launch_date or day > ?)::int + (first_line <> line)::int) over () as total
              from (select b.line, b.store_id, b.day, s.launch_date, s.id is null as unknown_store,
                           first_value(b.line) over (partition by b.store_id, b.day order by b.line) as first_line
                      from bulk_rows b
                      left join bulk_stores s on s.id = b.store_id) r
             where unknown_store or day < launch_date or day > ? or first_line <> line
             order by line
             limit ?
            """;

    private final JdbcTemplate jdbc;
    private final StoreCatalog stores;

    BulkStaging(JdbcTemplate jdbc, StoreCatalog stores) {
        this.jdbc = jdbc;
        this.stores = stores;
    }

    /** {@code COPY} of the rows straight into the table, as {@link DirectRows} writes them. */
    static String directCopy(FigureKind kind) {
        return "copy " + kind.table + " (store_id, " + kind.dateColumn + ", " + kind.valueField + ", updated_at) from stdin";
    }

    /**
     * Whether every store of {@code spans} exists and is sent only days within its launch date..
     * {@code today}: then the only rules a {@link #directCopy} can still break are those its table keeps
     * itself (a day stored already or sent twice).
     */
    boolean withinLaunchAndToday(Map<Long, long[]> spans, LocalDate today) {
        Map<Long, LocalDate> launches = stores.launchDates(spans.keySet());
        if (launches.size() != spans.size()) {
            return false;
        }
        for (Map.Entry<Long, long[]> span : spans.entrySet()) {
            if (!DatedData.acceptsAll(LocalDate.ofEpochDay(span.getValue()[0]), LocalDate.ofEpochDay(span.getValue()[1]),
                    launches.get(span.getKey()), today)) {
                return false;
            }
        }
        return true;
    }

    void create() {
        jdbc.execute(CREATE);
        jdbc.execute(CREATE_STORES);
    }

    /**
     * Once the rows are staged: keeps the launch dates of the stores they name (those that exist), and
     * gives the planner the row count and value spread of the staged rows, for the merge's joins.
     */
    void analyze() {
        List<Long> named = jdbc.queryForList("select distinct store_id from bulk_rows", Long.class);
        Map<Long, LocalDate> launches = stores.launchDates(named);
        Long[] ids = launches.keySet().toArray(Long[]::new);
        String[] dates = launches.values().stream().map(LocalDate::toString).toArray(String[]::new);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "insert into bulk_stores (id, launch_date) select * from unnest(?::bigint[], ?::date[])");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            statement.setArray(2, connection.createArrayOf("text", dates));
            return statement;
        });
        jdbc.execute("analyze bulk_rows");
        jdbc.execute("analyze bulk_stores");
    }

    /**
     * Inserts every valid row as a new day: plain inserts, in key order. Fails with a unique violation
     * (23505) when the table holds one of the days already, or a key is staged twice.
     */
    int insert(FigureKind kind, Timestamp updatedAt, LocalDate today) {
        return jdbc.update("insert into " + kind.table + " (store_id, " + kind.dateColumn + ", " + kind.valueField
                + ", updated_at) " + VALID_ROWS + " order by b.store_id, b.day", updatedAt, today);
    }

    /** Inserts or replaces every valid row in one statement: the way that holds whatever runs concurrently. */
    int upsert(FigureKind kind, Timestamp updatedAt, LocalDate today) {
        return jdbc.update("insert into " + kind.table + " (store_id, " + kind.dateColumn + ", " + kind.valueField
                + ", updated_at) " + VALID_ROWS + " order by b.store_id, b.day " + onConflict(kind), updatedAt, today);
    }

    /** The first {@code limit} rows breaking a rule, in line order, and how many problems there are in all. */
    RowProblems problems(FigureKind kind, LocalDate today, int limit) {
        List<FieldProblem> problems = new ArrayList<>();
        long[] total = {0};
        jdbc.query(PROBLEMS, rs -> {
            long line = rs.getLong("line");
            long storeId = rs.getLong("store_id");
            LocalDate day = rs.getObject("day", LocalDate.class);
            LocalDate launch = rs.getObject("launch_date", LocalDate.class);
            if (rs.getBoolean("unknown_store")) {
                problems.add(FieldProblem.atLine(line, BulkRowParser.STORE_ID, DataMessages.UNKNOWN_STORE.with(storeId)));
            }
            else {
                // the rows the query found break the rule somewhere; which part, the rule says
                DatedData.refusal(day, launch, today).ifPresent(refusal -> problems.add(FieldProblem.atLine(line,
                        BulkRowParser.DATE, refusal == DatedData.Refusal.BEFORE_LAUNCH
                                ? DataMessages.BEFORE_STORE_LAUNCH.with(launch, storeId)
                                : DataMessages.NOT_AFTER_TODAY.with(today))));
            }
            long firstLine = rs.getLong("first_line");
            if (firstLine != line) {
                problems.add(FieldProblem.atLine(line, BulkRowParser.DATE,
                        DataMessages.REPEATS_STORE_AND_DATE.with(storeId, day, firstLine)));
            }
            total[0] = rs.getLong("total");
        }, today, today, limit);
        return new RowProblems(problems, total[0]);
    }

    private static String onConflict(FigureKind kind) {
        return "on conflict (store_id, " + kind.dateColumn + ") do update set " + kind.valueField + " = excluded."
                + kind.valueField + ", updated_at = excluded.updated_at";
    }

    /** Problems found in the database, in line order, and how many there are beyond those listed. */
    record RowProblems(List<FieldProblem> listed, long total) {
    }
}
