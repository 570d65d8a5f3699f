package com.marketplace.trialassessment.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.util.unit.DataSize;

import com.marketplace.trialassessment.common.PayloadTooLargeException;

/**
 * Reads a streamed body line by line (UTF-8; {@code \n} or {@code \r\n}) while holding at most one
 * buffer and one line, however large the body: a line longer than {@link #MAX_LINE_BYTES} is cut,
 * marked {@linkplain #tooLong() too long}, and the rest of it skipped. Reading past the body limit
 * throws {@link PayloadTooLargeException}.
 */
final class LineReader {

    /** Far more than a row needs ({@code 1,2026-03-01,1520.50} is 21 bytes). */
    static final int MAX_LINE_BYTES = 4096;

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final DataSize limit;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final byte[] line = new byte[MAX_LINE_BYTES];
    private int position;
    private int end;
    private long bytesRead;
    private long lineNumber;
    private boolean tooLong;

    LineReader(InputStream in, DataSize limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its line break, or {@code null} at the end of the body. */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        tooLong = false;
        while (true) {
            if (position == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (length < MAX_LINE_BYTES) {
                line[length++] = b;
            }
            else {
                tooLong = true;
            }
        }
        lineNumber++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int start = 0;
        if (lineNumber == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
                && line[2] == (byte) 0xBF) {
            start = 3;
        }
        return new String(line, start, length - start, StandardCharsets.UTF_8);
    }

    /** The number (from 1) of the line {@link #next()} returned last. */
    long lineNumber() {
        return lineNumber;
    }

    /** Whether the line {@link #next()} returned last was longer than {@link #MAX_LINE_BYTES} and cut. */
    boolean tooLong() {
        return tooLong;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n < 0) {
            return false;
        }
        bytesRead += n;
        if (bytesRead > limit.toBytes()) {
            throw new PayloadTooLargeException(limit);
        }
        position = 0;
        end = n;
        return true;
    }
}
