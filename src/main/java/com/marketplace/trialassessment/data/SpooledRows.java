package com.marketplace.trialassessment.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk upload's body, read to its end and checked line by line before the database is touched: the
 * rows that can be checked further, already in {@code COPY}'s text format, in a temporary file, and
 * the problems of the lines. Reading the body holds no database connection, however slowly the client
 * sends it; the file is then copied into the database at the speed of the disk. Closing deletes the
 * file; a failure while reading deletes it at once.
 */
final class SpooledRows implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SpooledRows.class);

    private final Path file;
    private final long count;
    private final BulkProblems problems;
    private final StoreSpans spans;

    private SpooledRows(Path file, long count, BulkProblems problems, StoreSpans spans) {
        this.file = file;
        this.count = count;
        this.problems = problems;
        this.spans = spans;
    }

    /**
     * Reads the whole body, within the limits of {@code properties} (size, time), into a new file.
     *
     * @throws com.marketplace.trialassessment.common.PayloadTooLargeException when the body grows past the limit
     * @throws com.marketplace.trialassessment.common.RequestTimeoutException  when it arrives too slowly
     * @throws com.marketplace.trialassessment.common.InvalidInputException    when it breaks off
     */
    static SpooledRows read(FigureKind kind, BulkFormat format, InputStream body, BulkProperties properties) {
        Path file = createFile(properties.spoolDirectory());
        try (OutputStream out = Files.newOutputStream(file)) {
            StagingRows rows = new StagingRows(out);
            BulkProblems problems = new BulkProblems(properties.maxListedErrors());
            LineReader lines = new LineReader(new TimedBody(body, properties.maxReadTime(), properties.idleTimeout()),
                    properties.maxBodySize());
            BulkRowParser parser = new BulkRowParser(kind, format);
            StoreSpans spans = new StoreSpans();
            String text;
            while ((text = lines.next()) != null) {
                if (lines.tooLong()) {
                    problems.add(lines.lineNumber(), BulkRowParser.LINE,
                            DataMessages.LINE_TOO_LONG.with(LineReader.MAX_LINE_BYTES));
                    continue;
                }
                BulkRow row = parser.parse(lines.lineNumber(), text, problems);
                if (row != null && row.canBeStaged()) {
                    rows.write(row);
                    spans.add(row.storeId(), row.date());
                }
            }
            rows.flush();
            return new SpooledRows(file, rows.count(), problems, spans);
        }
        catch (IOException ex) {
            delete(file);
            throw new UncheckedIOException("Cannot write the spool file " + file, ex);
        }
        catch (RuntimeException ex) {
            delete(file);
            throw ex;
        }
    }

    /** How many rows the file holds: those whose store and date could be read. */
    long count() {
        return count;
    }

    /** The problems of the lines, found while reading. */
    BulkProblems problems() {
        return problems;
    }

    /**
     * Each store's first and last day, as epoch days; empty when the rows were not in key order or
     * named too many stores ({@link StoreSpans}).
     */
    Optional<Map<Long, long[]>> storeSpans() {
        return spans.spans();
    }

    /** The rows, as {@code COPY bulk_rows (line, store_id, day, value) FROM STDIN} reads them. */
    InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        delete(file);
    }

    /** A new file that only this process's user can read (the default of {@link Files#createTempFile}). */
    private static Path createFile(Path directory) {
        try {
            return directory == null ? Files.createTempFile("bulk-upload-", ".copy")
                    : Files.createTempFile(directory, "bulk-upload-", ".copy");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create a spool file for a bulk upload", ex);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException ex) {
            log.warn("Cannot delete the spool file {}", file, ex);
        }
    }
}
