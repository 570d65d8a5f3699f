package com.marketplace.trialassessment.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code idempotency_key} table: the answers of requests sent with a key, per caller. A key is
 * taken by inserting its row in the request's transaction; the answer is written into it in the same
 * transaction, so a committed row always has one.
 */
@Repository
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    /* A concurrent insert of the same key waits here until the first transaction ends: after its
       commit it inserts nothing (and the answer is read), after its rollback it inserts. */
    private static final String TAKE = """
            insert into idempotency_key (caller, key, fingerprint, created_at, status, body)
            values (?, ?, ?, ?, 0, ''::bytea)
            on conflict (caller, key) do nothing""";

    private static final String FIND = """
            select fingerprint, status, location, content_type, body
              from idempotency_key
             where caller = ? and key = ?""";

    private static final String ANSWER = """
            update idempotency_key
               set status = ?, location = ?, content_type = ?, body = ?
             where caller = ? and key = ?""";

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, IdempotencyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.retention = properties.retention();
        this.clock = clock;
    }

    /**
     * Takes the key for the current transaction; empty when it was free, else the answer the key was
     * used for. Waits while another transaction holds the key.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<StoredAnswer> take(byte[] caller, String key, byte[] fingerprint) {
        // a row found taken but gone when read was deleted by the clean-up in between: take it again
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.update(TAKE, caller, key, fingerprint, Timestamp.from(clock.instant())) == 1) {
                return Optional.empty();
            }
            List<StoredAnswer> found = jdbc.query(FIND, (rs, n) -> new StoredAnswer(rs.getBytes(1), rs.getInt(2),
                    rs.getString(3), rs.getString(4), rs.getBytes(5)), caller, key);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        throw new IllegalStateException("Idempotency key could not be taken nor read");
    }

    /** Keeps the answer of the request that took the key, in its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void answer(byte[] caller, String key, StoredAnswer answer) {
        jdbc.update(ANSWER, answer.status(), answer.location(), answer.contentType(), answer.body(), caller, key);
    }

    /**
     * Forgets the keys older than {@code trial.idempotency.retention}, every hour. Every instance does
     * it; deleting rows another instance deletes at the same time is harmless.
     */
    @Scheduled(initialDelay = 1, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
    int deleteExpired() {
        int deleted = jdbc.update("delete from idempotency_key where created_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
        if (deleted > 0) {
            log.info("Forgot {} idempotency keys older than {}", deleted, retention);
        }
        return deleted;
    }
}
