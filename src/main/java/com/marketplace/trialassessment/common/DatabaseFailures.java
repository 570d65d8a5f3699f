package com.marketplace.trialassessment.common;

import java.sql.SQLException;
import java.time.Duration;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database itself (unreachable, connection lost or refused, shutting down,
 * out of connections or resources, too slow to answer a statement) from any other: the first is nobody's fault in the request and
 * answers {@code 503}, so that the client tries again. Decided by exception type and SQLSTATE, never
 * by message text.
 */
final class DatabaseFailures {

    /** How long a client is asked to wait before it tries again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * 57P01 admin shutdown (a backend terminated, e.g. by {@code pg_terminate_backend}), 57P02 crash
     * shutdown, 57P03 cannot connect now (starting up or shutting down), 53300 too many connections.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseFailures() {
    }

    /**
     * Whether {@code ex}, or any of its causes, says the database could not be reached or used. That
     * includes a transaction whose begin, commit or rollback failed in JDBC: after a connection is
     * lost in the middle of a transaction, the rollback fails too, on a connection the pool has
     * already closed (with no SQLSTATE), and that failure is what reaches the caller.
     */
    static boolean isUnavailable(Throwable ex) {
        if (hitAProgramLimit(ex)) {
            return false;
        }
        boolean atTransactionBoundary = false;
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionSystemException || cause instanceof TransactionException) {
                atTransactionBoundary = true;
            }
            if (atTransactionBoundary && cause instanceof SQLException) {
                return true;
            }
            if (cause instanceof CannotCreateTransactionException
                    // includes CannotGetJdbcConnectionException and Hibernate's JDBCConnectionException, translated
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof QueryTimeoutException
                    // HikariCP's "connection is not available, request timed out"
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    // class 08: connection exception (the driver's "connection refused", "I/O error" …)
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 54, "program limit exceeded" (a statement too complex, an index row too large):
     * the statement's own doing, which retrying does not mend, although Spring's translation by
     * SQLSTATE class calls it a resource failure.
     */
    private static boolean hitAProgramLimit(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("54")) {
                return true;
            }
        }
        return false;
    }
}
