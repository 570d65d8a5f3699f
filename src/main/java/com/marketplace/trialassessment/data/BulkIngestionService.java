package com.marketplace.trialassessment.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import com.marketplace.trialassessment.common.FieldProblem;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.PayloadTooLargeException;
import com.marketplace.trialassessment.common.RequestTimeoutException;
import com.marketplace.trialassessment.common.ServiceUnavailableException;
import com.marketplace.trialassessment.common.Timestamps;

/**
 * Stores a bulk upload of daily sales or score snapshots for many stores, all rows or none, with the
 * checks of the per-store endpoints. An upload first takes one of the instance's upload slots
 * ({@link BulkUploadSlots}); then its body is read line by line, checked, and the rows spooled to a
 * temporary file ({@link SpooledRows}), so memory stays flat however large the body and no database
 * connection waits for a slow client. Only then does the upload open its transaction: the file is
 * copied into the staging table with {@code COPY}, and the checks that need the stores and the merge
 * into the real table run as set-based SQL (see {@link BulkStaging}). Any invalid row rolls
 * everything back and is reported with its line.
 */
@Service
class BulkIngestionService {

    private static final Logger log = LoggerFactory.getLogger(BulkIngestionService.class);
    private static final int COPY_BUFFER_BYTES = 64 * 1024;

    private final DataSource dataSource;
    private final BulkStaging staging;
    private final BulkUploadSlots slots;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BulkProperties properties;
    private final Clock clock;

    BulkIngestionService(DataSource dataSource, BulkStaging staging, BulkUploadSlots slots, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, BulkProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.staging = staging;
        this.slots = slots;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Reads the body to its end and stores every row of it, or none.
     *
     * @param declaredLength the body's {@code Content-Length}, or -1 when it is not declared (chunked)
     * @return the number of rows stored
     * @throws InvalidInputException       when any line is invalid, naming the first ones by line
     * @throws PayloadTooLargeException    when the body is larger than {@code trial.bulk.max-body-size}
     * @throws ServiceUnavailableException when the instance is taking as many uploads as it may; the
     *                                     body has not been read
     * @throws RequestTimeoutException     when the body arrives too slowly
     */
    long ingest(FigureKind kind, BulkFormat format, InputStream body, long declaredLength) {
        DataSize limit = properties.maxBodySize();
        if (declaredLength > limit.toBytes()) {
            throw new PayloadTooLargeException(limit);
        }
        try (BulkUploadSlots.Slot slot = slots.take()) {
            long started = System.nanoTime();
            try (SpooledRows rows = SpooledRows.read(kind, format, body, properties)) {
                if (rows.count() == 0 && rows.problems().isEmpty()) {
                    throw InvalidInputException.of("body", DataMessages.AT_LEAST_ONE_ROW);
                }
                long read = System.nanoTime();
                LocalDate today = LocalDate.now(clock);
                Timestamp now = Timestamp.from(Timestamps.now(clock));
                Upload upload = transactions.execute(status -> store(kind, rows, today, now));
                long finished = System.nanoTime();
                log.info("Bulk upload of {} stored {} rows in {} ms, {}: {} ms reading and checking the body, "
                        + "{} ms copying, {} ms checking and merging", kind, upload.stored(),
                        millis(finished - started), upload.direct() ? "copied into the table" : "staged and merged",
                        millis(read - started), millis(upload.copiedAt() - read), millis(finished - upload.copiedAt()));
                return upload.stored();
            }
        }
    }

    /**
     * What an upload stored, when its rows had been copied ({@link System#nanoTime()}), and whether they
     * went straight into the table.
     */
    private record Upload(long stored, long copiedAt, boolean direct) {
    }

    /**
     * In the upload's transaction: the rows copied straight into the table when that is known to be
     * valid, or else copied into {@code bulk_rows}, checked and merged; or the upload's rejection thrown.
     */
    private Upload store(FigureKind kind, SpooledRows rows, LocalDate today, Timestamp now) {
        if (rows.problems().isEmpty()) {
            OptionalLong direct = direct(kind, rows, today, now);
            if (direct.isPresent()) {
                return new Upload(direct.getAsLong(), System.nanoTime(), true);
            }
        }
        staging.create();
        long staged = copy(rows);
        long copied = System.nanoTime();
        staging.analyze();
        if (rows.problems().isEmpty()) {
            Long stored = merge(kind, staged, today, now);
            if (stored != null) {
                return new Upload(stored, copied, false);
            }
        }
        throw rejection(kind, rows.problems(), today);
    }

    /**
     * The rows copied straight into the table, the way a feed of new days goes, when every check but
     * those the table keeps itself could be made beforehand: every line read well, the rows came in key
     * order, and each store exists and is sent days within its launch date..today (kept while reading,
     * {@link StoreSpans}). The copy then fails only when a day is stored already (it waits for a writer
     * of the same days to finish first, and writers of the same days take them in the same order): it
     * is rolled back, and the upload goes the staged way, which finds and says which. Empty when it did
     * not go this way.
     */
    private OptionalLong direct(FigureKind kind, SpooledRows rows, LocalDate today, Timestamp now) {
        Optional<Map<Long, long[]>> spans = rows.storeSpans();
        if (spans.isEmpty() || !staging.withinLaunchAndToday(spans.get(), today)) {
            return OptionalLong.empty();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = savepoint(connection);
        try (InputStream in = new DirectRows(rows.open(), now.toInstant())) {
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(BulkStaging.directCopy(kind), in, COPY_BUFFER_BYTES);
            if (copied == rows.count()) {
                return OptionalLong.of(copied);
            }
        }
        catch (SQLException ex) {
            log.debug("Bulk upload of {} cannot be copied straight into the table ({}); staging it", kind,
                    ex.getMessage());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the spool file", ex);
        }
        rollbackTo(connection, savepoint);
        return OptionalLong.empty();
    }

    /** Copies the spooled rows into {@code bulk_rows}; how many were copied. */
    private long copy(SpooledRows rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (InputStream in = rows.open()) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(BulkStaging.COPY, in, COPY_BUFFER_BYTES);
        }
        catch (SQLException ex) {
            throw jdbc.getExceptionTranslator().translate("COPY into bulk_rows", BulkStaging.COPY, ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the spool file", ex);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * Merges the staged rows, all of which read well: the number stored, or {@code null} when some
     * row breaks a rule that needs the database (nothing is then kept). The rows are first inserted
     * as they are, which is all a feed of new days needs and costs PostgreSQL what a {@code COPY}
     * into the table does; when some day is there already (a replay, a correction, or a concurrent
     * writer), that insert stops at the first such row, is rolled back, and every row is upserted.
     */
    private Long merge(FigureKind kind, long staged, LocalDate today, Timestamp now) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = savepoint(connection);
        try {
            long stored = staging.insert(kind, now, today);
            if (stored == staged) {
                return stored;
            }
        }
        catch (DataAccessException ex) {
            if (!repeatsAKey(ex)) {
                throw ex;
            }
        }
        rollbackTo(connection, savepoint);
        if (staging.problems(kind, today, 1).total() > 0) {
            return null;
        }
        // every row is valid, and some of the days were stored already: replace them
        return (long) staging.upsert(kind, now, today);
    }

    private InvalidInputException rejection(FigureKind kind, BulkProblems lineProblems, LocalDate today) {
        int limit = properties.maxListedErrors();
        BulkStaging.RowProblems rowProblems = staging.problems(kind, today, limit);
        List<FieldProblem> listed = inLineOrder(rowProblems.listed(), lineProblems.listed(), limit);
        return new InvalidInputException(listed, rowProblems.total() + lineProblems.count());
    }

    /** Both lists in line order, merged, the first {@code limit}; on one line the database's problems come first. */
    private static List<FieldProblem> inLineOrder(List<FieldProblem> first, List<FieldProblem> second, int limit) {
        List<FieldProblem> merged = new ArrayList<>(Math.min(limit, first.size() + second.size()));
        int i = 0;
        int j = 0;
        while (merged.size() < limit && (i < first.size() || j < second.size())) {
            if (j >= second.size() || (i < first.size() && first.get(i).line() <= second.get(j).line())) {
                merged.add(first.get(i++));
            }
            else {
                merged.add(second.get(j++));
            }
        }
        return merged;
    }

    /** A unique violation (23505) or a row changed twice by one statement (21000): some key came twice. */
    private static boolean repeatsAKey(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || "21000".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot set a savepoint", ex);
        }
    }

    private static void rollbackTo(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot roll back to the savepoint", ex);
        }
    }
}
