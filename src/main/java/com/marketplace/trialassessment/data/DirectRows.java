package com.marketplace.trialassessment.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The spooled rows ({@code line, store_id, day, value}, {@link StagingRows}) as
 * {@code COPY <table> (store_id, <date>, <value>, updated_at) FROM STDIN} reads them: the line number
 * left out and the time of the upload added to every row. Every byte is one the spool wrote, so the
 * only bytes that matter are the first tab of a row and its newline.
 */
final class DirectRows extends InputStream {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream spool;
    private final byte[] stamp;
    private final byte[] in = new byte[BUFFER_BYTES];
    private final byte[] out;
    private int outStart;
    private int outEnd;
    /** Still within a row's line number (up to and including its first tab). */
    private boolean inLineNumber = true;

    DirectRows(InputStream spool, Instant updatedAt) {
        this.spool = spool;
        this.stamp = ("\t" + updatedAt + "\n").getBytes(StandardCharsets.US_ASCII);
        // at worst every byte read is a newline, each becoming the stamp
        this.out = new byte[BUFFER_BYTES * stamp.length];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (outStart == outEnd) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, outEnd - outStart);
        System.arraycopy(out, outStart, target, offset, n);
        outStart += n;
        return n;
    }

    /** Converts the next block of the spool; false at its end. */
    private boolean fill() throws IOException {
        int read = spool.read(in);
        if (read == -1) {
            return false;
        }
        int length = 0;
        for (int i = 0; i < read; i++) {
            byte b = in[i];
            if (inLineNumber) {
                inLineNumber = b != '\t';
            }
            else if (b == '\n') {
                System.arraycopy(stamp, 0, out, length, stamp.length);
                length += stamp.length;
                inLineNumber = true;
            }
            else {
                out[length++] = b;
            }
        }
        outStart = 0;
        outEnd = length;
        return true;
    }

    @Override
    public void close() throws IOException {
        spool.close();
    }
}
