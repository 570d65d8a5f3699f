package com.marketplace.trialassessment.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health check, in place of Spring Boot's: a connection from the pool, checked with
 * {@code Connection.isValid}, and {@code DOWN} when that has not answered within
 * {@code trial.health.database-timeout}. Boot's own check waits for the pool's connection timeout
 * during a database outage (and may wait for ever on a connection whose server has vanished), so
 * {@code /actuator/health} answered late instead of saying {@code DOWN}.
 * <p>
 * The check runs on a thread of its own, and at most one is in flight: a call that finds the last
 * one still waiting for the database waits for that one, with the same limit, rather than starting
 * another, so an outage never piles up threads. That thread waits at most the pool's connection
 * timeout plus {@link #VALID_SECONDS}.
 * <p>
 * Its bean name, {@code dbHealthIndicator}, makes Spring Boot leave out its own check of that name.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealthIndicator.class);
    /** {@code isValid} takes whole seconds; the wait for its answer is {@code trial.health.database-timeout}. */
    private static final int VALID_SECONDS = 1;

    private final DataSource dataSource;
    private final long timeoutMillis;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "db-health-check");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> inFlight;

    DatabaseHealthIndicator(DataSource dataSource, DatabaseHealthProperties properties) {
        this.dataSource = dataSource;
        this.timeoutMillis = properties.databaseTimeout().toMillis();
    }

    @Override
    public Health health(boolean includeDetails) {
        Health health = awaitCheck();
        return includeDetails ? health : Health.status(health.getStatus()).build();
    }

    @Override
    public Health health() {
        return health(true);
    }

    private Health awaitCheck() {
        Future<Health> running;
        synchronized (this) {
            if (inFlight == null || inFlight.isDone()) {
                inFlight = executor.submit(this::check);
            }
            running = inFlight;
        }
        try {
            return running.get(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            return down("The database did not answer within " + timeoutMillis + " ms");
        }
        catch (ExecutionException ex) {
            log.warn("Database health check failed", ex.getCause());
            return down("The health check failed");
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return down("The health check was interrupted");
        }
    }

    private Health check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALID_SECONDS)) {
                return down("The database did not confirm the connection");
            }
            return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName())
                    .withDetail("validationQuery", "isValid()").build();
        }
        catch (SQLException ex) {
            log.info("Database health check found no usable connection: {}", ex.getMessage());
            return down("No connection to the database");
        }
    }

    private static Health down(String error) {
        return Health.down().withDetail("error", error).build();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
