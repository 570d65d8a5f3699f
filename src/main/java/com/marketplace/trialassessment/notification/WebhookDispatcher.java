package com.marketplace.trialassessment.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.common.Timestamps;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Delivers the outbox, on every instance: claims due deliveries with {@code FOR UPDATE SKIP LOCKED}
 * and a lease (so one instance at a time tries each, and a dead instance's claims come back when the
 * lease ends), posts each outside any transaction with the Standard Webhooks headers, and records the
 * answer: 2xx delivered; {@code 410 Gone} disables the subscription; anything else (or no answer in
 * 10 s) is tried again on {@link DeliverySchedule}, honouring {@code Retry-After} on 429 and 503, until
 * it has failed. A subscription gets a store's events in their order: a delivery waits while an earlier
 * one of the same store is pending. Runs on its own threads: a slow receiver costs a delivery thread, never an evaluation.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration LEASE = Duration.ofSeconds(60);
    static final int BATCH = 200;
    static final int THREADS = 8;

    /*
     * The status is written into the SQL (from the enum), not bound: a generic plan of a prepared
     * statement can only use the partial indexes "where status = 'PENDING'" for a literal.
     */
    private static final String CLAIM = """
            with due as (
                select d.subscription_id, d.event_id
                  from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                 where d.status = '%1$s' and d.next_attempt_at <= ? and (d.lease_until is null or d.lease_until < ?)
                   and s.disabled_at is null
                   -- per subscription and store, in the order of the events: none while an earlier one is pending
                   and not exists (select 1 from webhook_delivery p
                                     where p.subscription_id = d.subscription_id and p.store_id = d.store_id
                                       and p.status = '%1$s' and p.event_seq < d.event_seq)
                 order by d.next_attempt_at, d.event_seq
                 limit ?
                   for update of d skip locked)
            update webhook_delivery d set lease_until = ?
              from due, webhook_event e, webhook_subscription s
             where d.subscription_id = due.subscription_id and d.event_id = due.event_id
               and e.id = d.event_id and s.id = d.subscription_id
            returning d.subscription_id, d.event_id, d.attempts, d.first_attempt_at, e.body, s.url, s.secret"""
            .formatted(DeliveryStatus.PENDING.name());

    private final JdbcTemplate jdbc;
    private final WebhookSubscriptions subscriptions;
    private final WebhookProperties properties;
    private final ReceiverAddress.Resolver resolver;
    private final OwnAddresses own;
    private final Clock clock;
    private final HttpClient http;
    private final ExecutorService workers = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "webhook-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter delivered;
    private final Counter failed;
    private final Counter retried;
    private final Timer latency;

    WebhookDispatcher(JdbcTemplate jdbc, WebhookSubscriptions subscriptions, WebhookProperties properties,
            ReceiverAddress.Resolver resolver, OwnAddresses own, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.resolver = resolver;
        this.own = own;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.delivered = meters.counter("webhook.deliveries", "outcome", "delivered");
        this.failed = meters.counter("webhook.deliveries", "outcome", "failed");
        this.retried = meters.counter("webhook.deliveries", "outcome", "retry");
        this.latency = meters.timer("webhook.delivery.latency");
        Gauge.builder("webhook.deliveries.pending", this, WebhookDispatcher::pending).register(meters);
    }

    /** A claimed delivery. */
    record Claimed(long subscriptionId, String eventId, int attempts, Instant firstAttempt, String body, String url,
            String secret) {
    }

    /** How long one poll goes on claiming full batches: the scheduler's thread is shared with the daily run's trigger. */
    static final Duration POLL_AT_MOST = Duration.ofSeconds(5);

    /** Every second: delivers what is due, batch after batch while full ones come back, for a few seconds at most. */
    @Scheduled(fixedDelayString = "${trial.webhooks.poll:1s}")
    void poll() {
        if (!properties.dispatch()) {
            return;
        }
        long until = System.nanoTime() + POLL_AT_MOST.toNanos();
        while (dispatchDue() == BATCH && System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
            log.debug("A full batch of webhook deliveries; claiming the next");
        }
    }

    /** Claims what is due now and delivers it; the number of deliveries attempted. */
    int dispatchDue() {
        Instant now = Timestamps.now(clock);
        List<Claimed> claimed = jdbc.query(CLAIM, (rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getInt(3),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
                rs.getString(7)), Timestamp.from(now), Timestamp.from(now), BATCH, Timestamp.from(now.plus(LEASE)));
        List<Future<?>> running = claimed.stream().<Future<?>>map(c -> workers.submit(() -> deliver(c))).toList();
        for (Future<?> delivery : running) {
            try {
                delivery.get();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return claimed.size();
            }
            catch (java.util.concurrent.ExecutionException ex) {
                log.warn("A webhook delivery failed unexpectedly", ex.getCause());
            }
        }
        return claimed.size();
    }

    private void deliver(Claimed delivery) {
        Instant started = Timestamps.now(clock);
        int status = 0;
        String error = null;
        Optional<Duration> retryAfter = Optional.empty();
        Optional<String> refusal = ReceiverAddress.refusal(delivery.url(), properties.allowLoopbackHttp(), resolver,
                own.addresses());
        if (refusal.isPresent()) {
            error = "the receiver URL " + refusal.get();
        }
        else {
            // the signature's timestamp is real time, as receivers check it against their own clocks
            long timestamp = Instant.now().getEpochSecond();
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(delivery.url()))
                        .timeout(TIMEOUT)
                        .header("content-type", "application/json")
                        .header("user-agent", "trial-assessment-webhooks")
                        .header("webhook-id", delivery.eventId())
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature",
                                WebhookSignature.sign(delivery.secret(), delivery.eventId(), timestamp, delivery.body()))
                        .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build(),
                        HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                if (status == 429 || status == 503) {
                    retryAfter = response.headers().firstValue("retry-after").flatMap(WebhookDispatcher::seconds);
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
            catch (Exception ex) {
                error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            }
        }
        Instant now = Timestamps.now(clock);
        latency.record(Duration.between(started, now));
        record(delivery, status, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error,
                retryAfter, now);
    }

    private void record(Claimed delivery, int status, String error, Optional<Duration> retryAfter, Instant now) {
        int attempts = delivery.attempts() + 1;
        Instant first = delivery.firstAttempt() == null ? now : delivery.firstAttempt();
        DeliveryStatus outcome;
        Instant next = null;
        if (status >= 200 && status < 300) {
            outcome = DeliveryStatus.DELIVERED;
            delivered.increment();
        }
        else if (status == 410) {
            outcome = DeliveryStatus.FAILED;
            subscriptions.disable(delivery.subscriptionId(), "the receiver answered 410 Gone", now);
            failed.increment();
        }
        else {
            next = DeliverySchedule.next(attempts, first, now, retryAfter).orElse(null);
            outcome = next == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
            (next == null ? failed : retried).increment();
        }
        jdbc.update("""
                update webhook_delivery
                   set status = ?, attempts = ?, first_attempt_at = ?, last_attempt_at = ?, last_status_code = ?,
                       last_error = ?, next_attempt_at = ?, lease_until = null
                 where subscription_id = ? and event_id = ?""", outcome.name(), attempts, Timestamp.from(first),
                Timestamp.from(now), status == 0 ? null : status, error, next == null ? null : Timestamp.from(next),
                delivery.subscriptionId(), delivery.eventId());
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            long seconds = Long.parseLong(retryAfter.trim());
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private double pending() {
        Long count = jdbc.queryForObject("select count(*) from webhook_delivery where status = ?", Long.class,
                DeliveryStatus.PENDING.name());
        return count == null ? 0 : count;
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
