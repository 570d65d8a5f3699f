package com.marketplace.trialassessment.data;

import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * Feeds rows to a running {@code COPY bulk_rows (line, store_id, day, value) FROM STDIN} in
 * PostgreSQL's text format, 64 KB at a time. Every field is a number or a date written by this class,
 * so nothing needs escaping.
 */
final class StagingRows {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int length;

    StagingRows(CopyIn copy) {
        this.copy = copy;
    }

    void write(BulkRow row) throws SQLException {
        ascii(Long.toString(row.line()), '\t');
        ascii(Long.toString(row.storeId()), '\t');
        ascii(row.date().toString(), '\t');
        ascii(row.value() == null ? "\\N" : row.value().toPlainString(), '\n');
    }

    /** Hands the buffered rows to the driver. */
    void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    private void ascii(String text, char separator) throws SQLException {
        if (length + text.length() + 1 > BUFFER_BYTES) {
            flush();
        }
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
        buffer[length++] = (byte) separator;
    }
}
