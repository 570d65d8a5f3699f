package com.marketplace.trialassessment.data;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes rows for {@code COPY bulk_rows (line, store_id, day, value) FROM STDIN} in PostgreSQL's
 * text format, 64 KB at a time. Every field is a number or a date written by this class, so nothing
 * needs escaping.
 */
final class StagingRows {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int length;
    private long count;

    StagingRows(OutputStream out) {
        this.out = out;
    }

    void write(BulkRow row) throws IOException {
        ascii(Long.toString(row.line()), '\t');
        ascii(Long.toString(row.storeId()), '\t');
        ascii(row.date().toString(), '\t');
        ascii(row.value() == null ? "\\N" : row.value().toPlainString(), '\n');
        count++;
    }

    /** How many rows were written. */
    long count() {
        return count;
    }

    /** Hands the buffered rows to the stream. */
    void flush() throws IOException {
        if (length > 0) {
            out.write(buffer, 0, length);
            length = 0;
        }
    }

    private void ascii(String text, char separator) throws IOException {
        if (length + text.length() + 1 > BUFFER_BYTES) {
            flush();
        }
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
        buffer[length++] = (byte) separator;
    }
}
