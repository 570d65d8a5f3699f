package com.marketplace.trialassessment.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    /** How many due deliveries one look at the queue takes, in their order, before the per-store order is checked. */
    static final int PAGE = 4 * BATCH;

    /*
     * Two statements, each with one plan whatever the statistics or a cached generic plan say: first a
     * page of due deliveries in the order of the partial index (one table, its order, a limit), then
     * the claim of those of them whose store has no earlier delivery pending. The claim finds the rows
     * of the page by their address (ctid, a TID scan): by key, a planner that believes the table tiny
     * (statistics that lag a burst of inserts) may take any index that leads with subscription_id and
     * filter a whole subscription's deliveries for each row, which took 12 s at 60,000 pending. A row
     * updated since the page was read (claimed by another instance) is no longer at its address and is
     * skipped, as SKIP LOCKED would; whatever the claim takes satisfies every condition of a due delivery.
     * The status is written into the SQL (from the enum), not bound: a generic plan of a prepared
     * statement can only use the partial indexes "where status = 'PENDING'" for a literal.
     */
    private static final String DUE = """
            select ctid::text, next_attempt_at, event_seq from webhook_delivery
             where status = '%1$s' and next_attempt_at <= ? and (lease_until is null or lease_until < ?) %2$s
             order by next_attempt_at, event_seq
             limit ?""";
    private static final String FIRST_PAGE = DUE.formatted(DeliveryStatus.PENDING.name(), "");
    private static final String NEXT_PAGE = DUE.formatted(DeliveryStatus.PENDING.name(),
            "and (next_attempt_at, event_seq) > (?, ?)");

    /** How many events one fan-out statement takes up. */
    static final int FAN_OUT = 1000;

    /*
     * Events recorded by decisions become one pending delivery per recipient, in the order of the
     * events, each taken up by one instance (SKIP LOCKED); a recipient deleted or disabled since gets
     * none. Its own transaction, so the decision's wrote only the event.
     */
    private static final String FAN_OUT_EVENTS = """
            with taken as (
                select id, seq, store_id, recipients from webhook_event
                 where recipients is not null
                 order by seq
                 limit ?
                   for update skip locked),
            cleared as (
                update webhook_event e set recipients = null from taken where e.id = taken.id),
            made as (
                insert into webhook_delivery (subscription_id, event_id, event_seq, status, next_attempt_at, store_id)
                select s.id, taken.id, taken.seq, '%s', ?, taken.store_id
                  from taken cross join unnest(taken.recipients) as r (subscription_id)
                  join webhook_subscription s on s.id = r.subscription_id and s.disabled_at is null
                on conflict do nothing)
            select count(*) from taken""".formatted(DeliveryStatus.PENDING.name());

    private static final String CLAIM = """
            with due as (
                select d.ctid as address, d.event_id, d.subscription_id
                  from unnest(?::text[]::tid[]) with ordinality as c (address, n)
                  join webhook_delivery d on d.ctid = c.address
                 where d.status = '%1$s' and d.next_attempt_at <= ? and (d.lease_until is null or d.lease_until < ?)
                   -- per subscription and store, in the order of the events: none while an earlier one is pending
                   and not exists (select 1 from webhook_delivery p
                                     where p.subscription_id = d.subscription_id and p.store_id = d.store_id
                                       and p.status = '%1$s' and p.event_seq < d.event_seq)
                 order by c.n
                 limit ?
                   for update of d skip locked)
            update webhook_delivery d set lease_until = ?
              from due join webhook_event e on e.id = due.event_id
                   left join webhook_subscription s on s.id = due.subscription_id
             where d.ctid = due.address
            returning d.subscription_id, d.event_id, d.attempts, d.first_attempt_at, e.body, s.url, s.secret,
                      s.id is null, s.disabled_at is not null"""
            .formatted(DeliveryStatus.PENDING.name());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final LocalRuns runs;
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

    WebhookDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, WebhookSubscriptions subscriptions,
            WebhookDeliveries deliveries, LocalRuns runs, WebhookProperties properties, ReceiverAddress.Resolver resolver,
            OwnAddresses own, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.runs = runs;
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

    /** A claimed delivery; {@code gone} when its subscription was deleted, {@code disabled} when it was disabled. */
    record Claimed(long subscriptionId, String eventId, int attempts, Instant firstAttempt, String body, String url,
            String secret, boolean gone, boolean disabled) {
    }

    /** What an attempt came to, recorded with the others of its batch. */
    private record Attempt(Claimed delivery, DeliveryStatus outcome, Instant first, Instant at, Integer statusCode,
            String error, Instant next) {
    }

    /** A due delivery seen in the queue, not yet claimed: where its row is, and its place in the queue. */
    private record Due(String address, Timestamp nextAttempt, long eventSeq) {
    }

    /** How long one poll goes on claiming full batches: the scheduler's thread is shared with the daily run's trigger. */
    static final Duration POLL_AT_MOST = Duration.ofSeconds(5);

    /**
     * Every second: delivers what is due, batch after batch while full ones come back, for a few
     * seconds at most; not while this instance works on an evaluation run (see {@link LocalRuns}).
     */
    @Scheduled(fixedDelayString = "${trial.webhooks.poll:1s}")
    void poll() {
        if (!properties.dispatch() || runs.pausing()) {
            return;
        }
        long until = System.nanoTime() + POLL_AT_MOST.toNanos();
        while (dispatchDue() == BATCH && System.nanoTime() < until && !Thread.currentThread().isInterrupted()
                && !runs.pausing()) {
            log.debug("A full batch of webhook deliveries; claiming the next");
        }
    }

    /** Makes the deliveries of the events recorded since, then claims what is due now and delivers it; the number of deliveries attempted. */
    int dispatchDue() {
        Instant now = Timestamps.now(clock);
        fanOut(now);
        List<Claimed> claimed = claim(now);
        List<Future<Attempt>> running = claimed.stream()
                .filter(c -> !c.gone())
                .map(c -> workers.submit(() -> deliver(c))).toList();
        List<Attempt> attempts = new ArrayList<>(running.size());
        for (Future<Attempt> delivery : running) {
            try {
                attempts.add(delivery.get());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            catch (java.util.concurrent.ExecutionException ex) {
                log.warn("A webhook delivery failed unexpectedly; it is tried again when its lease ends", ex.getCause());
            }
        }
        record(attempts, claimed.stream().filter(Claimed::gone).toList());
        return claimed.size();
    }

    /** One pending delivery per recipient of every event not fanned out yet; the number of events taken up. */
    int fanOut(Instant now) {
        int events = 0;
        int taken;
        do {
            Integer count = jdbc.queryForObject(FAN_OUT_EVENTS, Integer.class, FAN_OUT, Timestamp.from(now));
            taken = count == null ? 0 : count;
            events += taken;
        }
        while (taken == FAN_OUT && !Thread.currentThread().isInterrupted());
        return events;
    }

    /**
     * Up to {@link #BATCH} due deliveries, claimed for this instance: pages of the queue in its order,
     * each claimed of what the per-store order allows, until the batch is full or the queue has no more
     * due (a page of deliveries all waiting for an earlier one of their store does not stop the claim).
     */
    private List<Claimed> claim(Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Claimed> claimed = new ArrayList<>();
        Due after = null;
        while (claimed.size() < BATCH) {
            List<Due> page = after == null
                    ? jdbc.query(FIRST_PAGE, DUE_ROW, at, at, PAGE)
                    : jdbc.query(NEXT_PAGE, DUE_ROW, at, at, after.nextAttempt(), after.eventSeq(), PAGE);
            if (page.isEmpty()) {
                break;
            }
            claimed.addAll(jdbc.query(connection -> {
                var statement = connection.prepareStatement(CLAIM);
                statement.setArray(1, connection.createArrayOf("text", page.stream().map(Due::address).toArray()));
                statement.setTimestamp(2, at);
                statement.setTimestamp(3, at);
                statement.setInt(4, BATCH - claimed.size());
                statement.setTimestamp(5, Timestamp.from(now.plus(LEASE)));
                return statement;
            }, (rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getInt(3),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9))));
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        return claimed;
    }

    private static final org.springframework.jdbc.core.RowMapper<Due> DUE_ROW = (rs, n) -> new Due(rs.getString(1),
            rs.getTimestamp(2), rs.getLong(3));

    private Attempt deliver(Claimed delivery) {
        Instant started = Timestamps.now(clock);
        if (delivery.disabled()) {
            return outcome(delivery, 0, DISABLED, Optional.empty(), started);
        }
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
        return outcome(delivery, status, error, retryAfter, now);
    }

    /** The last error of a delivery that was not sent because its subscription is disabled. */
    static final String DISABLED = "not sent: the subscription is disabled";

    private Attempt outcome(Claimed delivery, int status, String error, Optional<Duration> retryAfter, Instant now) {
        int attempts = delivery.attempts() + 1;
        Instant first = delivery.firstAttempt() == null ? now : delivery.firstAttempt();
        DeliveryStatus outcome;
        Instant next = null;
        if (delivery.disabled()) {
            outcome = DeliveryStatus.FAILED;
            failed.increment();
        }
        else if (status >= 200 && status < 300) {
            outcome = DeliveryStatus.DELIVERED;
            delivered.increment();
        }
        else if (status == 410) {
            outcome = DeliveryStatus.FAILED;
            String why = "the receiver answered 410 Gone";
            if (subscriptions.disable(delivery.subscriptionId(), why, now)) {
                deliveries.failPending(delivery.subscriptionId(), DISABLED + " (" + why + ")", now);
            }
            failed.increment();
        }
        else {
            next = DeliverySchedule.next(attempts, first, now, retryAfter).orElse(null);
            outcome = next == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
            (next == null ? failed : retried).increment();
        }
        return new Attempt(delivery, outcome, first, now, status == 0 ? null : status,
                error == null ? null : error.length() > 500 ? error.substring(0, 500) : error, next);
    }

    /**
     * Records the attempts of a batch in one transaction, and drops the deliveries of subscriptions
     * deleted since they were recorded. A crash before it only means those deliveries are tried again
     * when their lease ends (at least once).
     */
    private void record(List<Attempt> attempts, List<Claimed> gone) {
        if (attempts.isEmpty() && gone.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("""
                    update webhook_delivery
                       set status = ?, attempts = ?, first_attempt_at = ?, last_attempt_at = ?, last_status_code = ?,
                           last_error = ?, next_attempt_at = ?, lease_until = null
                     where subscription_id = ? and event_id = ? and status = ?""", attempts, attempts.size(),
                    (statement, a) -> {
                        statement.setString(1, a.outcome().name());
                        statement.setInt(2, a.delivery().attempts() + 1);
                        statement.setTimestamp(3, Timestamp.from(a.first()));
                        statement.setTimestamp(4, Timestamp.from(a.at()));
                        statement.setObject(5, a.statusCode(), java.sql.Types.INTEGER);
                        statement.setString(6, a.error());
                        statement.setTimestamp(7, a.next() == null ? null : Timestamp.from(a.next()));
                        statement.setLong(8, a.delivery().subscriptionId());
                        statement.setString(9, a.delivery().eventId());
                        statement.setString(10, DeliveryStatus.PENDING.name());
                    });
            jdbc.batchUpdate("delete from webhook_delivery where subscription_id = ? and event_id = ?",
                    gone.stream().map(c -> new Object[] {c.subscriptionId(), c.eventId()}).toList());
        });
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
        Long count = jdbc.queryForObject("""
                select (select count(*) from webhook_delivery where status = '%s')
                     + (select coalesce(sum(cardinality(recipients)), 0) from webhook_event where recipients is not null)"""
                .formatted(DeliveryStatus.PENDING.name()), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
