package com.marketplace.trialassessment.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.RequestTimeoutException;

/**
 * A request body that must arrive within {@code trial.bulk.max-read-time}, each part of it within
 * {@code trial.bulk.idle-timeout} of the last. The second is the container's: a read that waits
 * longer fails with a {@link SocketTimeoutException}; the first is checked here whenever bytes
 * arrive. Both end the upload with {@link RequestTimeoutException}; a body that breaks off for any
 * other reason (the client went away) with {@link InvalidInputException}.
 */
final class TimedBody extends InputStream {

    private static final Logger log = LoggerFactory.getLogger(TimedBody.class);

    private final InputStream in;
    private final Duration maxReadTime;
    private final Duration idleTimeout;
    private final long deadline;

    TimedBody(InputStream in, Duration maxReadTime, Duration idleTimeout) {
        this.in = in;
        this.maxReadTime = maxReadTime;
        this.idleTimeout = idleTimeout;
        this.deadline = System.nanoTime() + maxReadTime.toNanos();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int n;
        try {
            n = in.read(buffer, offset, length);
        }
        catch (IOException ex) {
            if (timedOut(ex)) {
                log.info("Bulk upload body stalled for longer than {}", idleTimeout);
                throw new RequestTimeoutException(DataMessages.BODY_STALLED, idleTimeout.toSeconds());
            }
            log.info("Bulk upload body could not be read to its end: {}", ex.toString());
            throw InvalidInputException.of("body", DataMessages.BODY_UNREADABLE);
        }
        if (n >= 0 && System.nanoTime() - deadline > 0) {
            log.info("Bulk upload body did not arrive within {}", maxReadTime);
            throw new RequestTimeoutException(DataMessages.BODY_TOO_SLOW, maxReadTime.toSeconds());
        }
        return n;
    }

    private static boolean timedOut(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
