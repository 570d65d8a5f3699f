package com.marketplace.trialassessment.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
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
 * Delivers the outbox, on every instance: makes the deliveries of newly recorded events (one
 * instance at a time), claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and a lease (so one
 * instance at a time tries each, and a dead instance's claims come back when the lease ends), posts
 * each outside any transaction with the Standard Webhooks headers, and records each answer as it
 * comes: 2xx delivered; {@code 410 Gone} disables the subscription; anything else (or no complete
 * answer in 10 s) is tried again on {@link DeliverySchedule}, honouring {@code Retry-After} on 429 and
 * 503, until it has failed. A subscription gets a store's events in their order: a delivery waits
 * while an earlier one of the same store is pending. Runs on its own threads: a slow receiver costs
 * a delivery thread, never an evaluation.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Far longer than one attempt can take (a connect and a whole answer, each within {@link #TIMEOUT}). */
    static final Duration LEASE = Duration.ofSeconds(60);
    static final int BATCH = 200;
    static final int THREADS = 8;
    /** How many due deliveries one look at the queue takes, in their order, before the per-store order is checked. */
    static final int PAGE = 4 * BATCH;
    /** How many events one fan-out statement takes up. */
    static final int FAN_OUT = 1000;

    /*
     * Events recorded by decisions become one pending delivery per recipient, in the order of the
     * events; a recipient deleted or disabled since gets none. One instance at a time (a transaction
     * advisory lock per schema): were two to fan out different events at once, one could commit and
     * deliver a store's later event while the other still held its earlier one. Its own transaction,
     * so the decision's wrote only the event.
     */
    private static final String FAN_OUT_LOCK =
            "select pg_try_advisory_xact_lock(hashtext(current_schema() || '.webhook_fan_out'))";
    private static final String FAN_OUT_EVENTS = """
            with taken as (
                select id, seq, store_id, recipients from webhook_event
                 where recipients is not null
                 order by seq
                 limit ?
                   for update),
            cleared as (
                update webhook_event e set recipients = null from taken where e.id = taken.id),
            made as (
                insert into webhook_delivery (subscription_id, event_id, event_seq, status, next_attempt_at, store_id)
                select s.id, taken.id, taken.seq, '%s', ?, taken.store_id
                  from taken cross join unnest(taken.recipients) as r (subscription_id)
                  join webhook_subscription s on s.id = r.subscription_id and s.disabled_at is null
                on conflict do nothing)
            select count(*) from taken""".formatted(DeliveryStatus.PENDING.name());

    /*
     * Claiming is two statements, each written so that its plan holds whatever the statistics say
     * (they lag a burst of inserts, and autovacuum may be off): first a page of due deliveries in the
     * order of the partial index webhook_delivery_due_idx (one table, its order, a limit), then the
     * claim of those rows of the page whose store has no earlier delivery pending. The claim finds the
     * rows one by one by their address, in the page's order (a lateral subquery on ctid = the address:
     * a TID scan, which no index beats for one row), locks each as it goes and stops at the batch's
     * size; the per-store check is a subquery that cannot be turned into a join (offset 0), so it is
     * one probe of webhook_delivery_store_order_idx per row. As one statement, joined by key, or with
     * ctid = any(page), planners with lagging statistics chose to scan every pending delivery instead,
     * for each row or once with the check against all of them (3 s to 50 s a claim at 60,000 pending). A row
     * updated since the page was read (claimed by another instance) is no longer at its address and is
     * skipped, as SKIP LOCKED would; whatever the claim takes satisfies every condition of a due
     * delivery. The page key (next_attempt_at, event_seq, subscription_id) is unique (an event's
     * deliveries to several subscriptions share the first two); the index holds the first two, and the
     * few rows of a group are put in order on top of it. The subscription is deliberately not in the
     * index: the per-store probe, planned with statistics that say almost nothing is pending, took an
     * index on (…, subscription_id) for one on its key and scanned it whole for every row. The status is written into the SQL (from
     * the enum), not bound: a generic plan can only use the partial indexes for a literal.
     */
    private static final String DUE = """
            select ctid::text, next_attempt_at, event_seq, subscription_id from webhook_delivery
             where status = '%1$s' and next_attempt_at <= ? and (lease_until is null or lease_until < ?) %2$s
             order by next_attempt_at, event_seq, subscription_id
             limit ?""";
    private static final String FIRST_PAGE = DUE.formatted(DeliveryStatus.PENDING.name(), "");
    private static final String NEXT_PAGE = DUE.formatted(DeliveryStatus.PENDING.name(),
            "and (next_attempt_at, event_seq, subscription_id) > (?, ?, ?)");

    static final String CLAIM = """
            with due as (
                select d.address, d.event_id, d.subscription_id
                  from unnest(?::text[]::tid[]) with ordinality as c (address, n)
                 cross join lateral (
                        select d.ctid as address, d.event_id, d.subscription_id
                          from webhook_delivery d
                         where d.ctid = c.address
                           and d.status = '%1$s' and d.next_attempt_at <= ?
                           and (d.lease_until is null or d.lease_until < ?)
                           -- per subscription and store, in the order of the events: none while an earlier one is pending
                           and not exists (select 1 from webhook_delivery p
                                             where p.subscription_id = d.subscription_id and p.store_id = d.store_id
                                               and p.status = '%1$s' and p.event_seq < d.event_seq
                                            offset 0)
                           for update of d skip locked) d
                 limit ?)
            update webhook_delivery d set lease_until = ?
              from due left join webhook_event e on e.id = due.event_id
                   left join webhook_subscription s on s.id = due.subscription_id
             where d.ctid = due.address
            returning d.subscription_id, d.event_id, d.attempts, d.first_attempt_at, e.body, s.url, s.secret,
                      s.id is null, s.disabled_at is not null, d.lease_until, d.ctid::text"""
            .formatted(DeliveryStatus.PENDING.name());

    /*
     * Only the claim that holds the lease records the outcome, and the attempts count is the row's own.
     * The row is found at the address the claim left it at (a TID scan): by key, with the status in
     * the condition, a planner that believes almost nothing pending took the partial per-store index
     * and read the subscription's every pending delivery for each outcome (100 ms each). A row updated
     * since has another address, and then its lease is another claim's anyway.
     */
    private static final String RECORD = """
            update webhook_delivery
               set status = ?, attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, ?),
                   last_attempt_at = ?, last_status_code = ?, last_error = ?, next_attempt_at = ?, lease_until = null
             where ctid = ?::tid and subscription_id = ? and event_id = ? and status = '%s' and lease_until = ?"""
            .formatted(DeliveryStatus.PENDING.name());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final LocalRuns runs;
    private final WebhookProperties properties;
    private final ReceiverAddress.Resolver resolver;
    /** The bundles, for the English of a refused receiver URL in a delivery's error. */
    private final MessageSource messages;
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

    WebhookDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, LocalRuns runs,
            WebhookProperties properties, ReceiverAddress.Resolver resolver, OwnAddresses own, Clock clock,
            MeterRegistry meters, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
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

    /**
     * A claimed delivery: {@code body} null when its event is gone, {@code gone} when its subscription
     * was deleted, {@code disabled} when it was disabled; {@code lease} is this claim's, and
     * {@code address} where the claim left the row.
     */
    record Claimed(long subscriptionId, String eventId, int attempts, Instant firstAttempt, String body, String url,
            String secret, boolean gone, boolean disabled, Timestamp lease, String address) {
    }

    /** A due delivery seen in the queue, not yet claimed: where its row is, and its place in the queue. */
    private record Due(String address, Timestamp nextAttempt, long eventSeq, long subscriptionId) {
    }

    private static final RowMapper<Due> DUE_ROW = (rs, n) -> new Due(rs.getString(1), rs.getTimestamp(2),
            rs.getLong(3), rs.getLong(4));

    /** How long one poll goes on claiming full batches. */
    static final Duration POLL_AT_MOST = Duration.ofSeconds(5);

    /** Every second (on its own scheduler thread, see {@code spring.task.scheduling.pool.size}). */
    @Scheduled(fixedDelayString = "${trial.webhooks.poll:1s}")
    void poll() {
        if (properties.dispatch()) {
            deliverUnlessPaused();
        }
    }

    /**
     * Delivers what is due, batch after batch while full ones come back, for a few seconds at most;
     * nothing while this instance works on an evaluation run (see {@link LocalRuns}). The number of
     * deliveries attempted.
     */
    int deliverUnlessPaused() {
        int attempted = 0;
        long until = System.nanoTime() + POLL_AT_MOST.toNanos();
        while (!runs.pausing() && !Thread.currentThread().isInterrupted()) {
            int batch = dispatchDue();
            attempted += batch;
            if (batch < BATCH || System.nanoTime() >= until) {
                break;
            }
        }
        return attempted;
    }

    /**
     * Makes the deliveries of the events recorded since, then claims what is due now and delivers it,
     * each outcome recorded as it comes; the number of deliveries attempted.
     */
    int dispatchDue() {
        Instant now = Timestamps.now(clock);
        try {
            fanOut(now);
        }
        catch (RuntimeException ex) {
            // the deliveries made before go out all the same; the events wait for the next poll
            log.warn("Making the deliveries of new webhook events failed; trying again at the next poll", ex);
        }
        List<Claimed> claimed = claim(now);
        List<Future<?>> running = new ArrayList<>(claimed.size());
        for (Claimed delivery : claimed) {
            if (delivery.gone()) {
                jdbc.update("delete from webhook_delivery where ctid = ?::tid and subscription_id = ? and event_id = ?",
                        delivery.address(), delivery.subscriptionId(), delivery.eventId());
            }
            else {
                running.add(workers.submit(() -> deliverAndRecord(delivery)));
            }
        }
        for (Future<?> delivery : running) {
            try {
                // each attempt ends within its timeouts; the bound is a safety net
                delivery.get(LEASE.toSeconds(), TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            catch (ExecutionException | TimeoutException ex) {
                log.warn("A webhook delivery failed unexpectedly; it is tried again when its lease ends", ex);
            }
        }
        return claimed.size();
    }

    /**
     * One pending delivery per recipient of every event not fanned out yet, unless another instance
     * is doing it; the number of events taken up.
     */
    int fanOut(Instant now) {
        int events = 0;
        int taken;
        do {
            Integer count = transactions.execute(status -> Boolean.TRUE.equals(
                    jdbc.queryForObject(FAN_OUT_LOCK, Boolean.class))
                            ? jdbc.queryForObject(FAN_OUT_EVENTS, Integer.class, FAN_OUT, Timestamp.from(now))
                            : Integer.valueOf(0));
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
        Timestamp lease = Timestamp.from(now.plus(LEASE).truncatedTo(ChronoUnit.MICROS));
        List<Claimed> claimed = new ArrayList<>();
        Due after = null;
        while (claimed.size() < BATCH) {
            List<Due> page = after == null
                    ? jdbc.query(FIRST_PAGE, DUE_ROW, at, at, PAGE)
                    : jdbc.query(NEXT_PAGE, DUE_ROW, at, at, after.nextAttempt(), after.eventSeq(),
                            after.subscriptionId(), PAGE);
            if (page.isEmpty()) {
                break;
            }
            int wanted = BATCH - claimed.size();
            claimed.addAll(jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement(CLAIM);
                statement.setArray(1, connection.createArrayOf("text", page.stream().map(Due::address).toArray()));
                statement.setTimestamp(2, at);
                statement.setTimestamp(3, at);
                statement.setInt(4, wanted);
                statement.setTimestamp(5, lease);
                return statement;
            }, (rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getInt(3),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getTimestamp(10), rs.getString(11))));
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        return claimed;
    }

    /** The last error of a delivery that was not sent because its subscription is disabled. */
    static final String DISABLED = "not sent: the subscription is disabled";

    /** Why a claimed delivery is failed without being sent, if it is: nothing to send, or no one to send it to. */
    private static Optional<String> notSent(Claimed delivery) {
        if (delivery.disabled()) {
            return Optional.of(DISABLED);
        }
        return delivery.body() == null ? Optional.of("not sent: the event is gone") : Optional.empty();
    }

    private void deliverAndRecord(Claimed delivery) {
        Instant started = Timestamps.now(clock);
        int status = 0;
        String error = null;
        Optional<Duration> retryAfter = Optional.empty();
        Optional<String> notSent = notSent(delivery);
        if (notSent.isPresent()) {
            error = notSent.get();
        }
        else {
            Optional<MessageSourceResolvable> refusal = ReceiverAddress.refusal(delivery.url(),
                    properties.allowLoopbackHttp(), resolver, own.addresses());
            if (refusal.isPresent()) {
                error = "the receiver URL " + messages.getMessage(refusal.get(), Locale.ENGLISH);
            }
            else {
                try {
                    HttpResponse<Void> response = send(delivery);
                    status = response.statusCode();
                    if (status == 429 || status == 503) {
                        retryAfter = response.headers().firstValue("retry-after").flatMap(WebhookDispatcher::seconds);
                    }
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    error = "interrupted";
                }
                catch (TimeoutException ex) {
                    error = "no complete answer within " + TIMEOUT.toSeconds() + " s";
                }
                catch (Exception ex) {
                    Throwable cause = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
                    error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                }
            }
        }
        Instant now = Timestamps.now(clock);
        latency.record(Duration.between(started, now));
        record(delivery, status, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error,
                retryAfter, now);
    }

    /**
     * Posts the delivery; the whole answer (headers and body) must arrive within {@link #TIMEOUT}:
     * the client's own timeout ends with the headers, so a receiver trickling its body is cut off here.
     */
    private HttpResponse<Void> send(Claimed delivery) throws Exception {
        // the signature's timestamp is real time, as receivers check it against their own clocks
        long timestamp = Instant.now().getEpochSecond();
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(TIMEOUT)
                .header("content-type", "application/json")
                .header("user-agent", "trial-assessment-webhooks")
                .header("webhook-id", delivery.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSignature.sign(delivery.secret(), delivery.eventId(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build(),
                HttpResponse.BodyHandlers.discarding());
        try {
            return answer.get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException | InterruptedException ex) {
            answer.cancel(true);
            throw ex;
        }
    }

    private void record(Claimed delivery, int status, String error, Optional<Duration> retryAfter, Instant now) {
        int attempts = delivery.attempts() + 1;
        Instant first = delivery.firstAttempt() == null ? now : delivery.firstAttempt();
        DeliveryStatus outcome;
        Instant next = null;
        if (notSent(delivery).isPresent()) {
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
        int recorded = jdbc.update(RECORD, outcome.name(), Timestamp.from(first), Timestamp.from(now),
                status == 0 ? null : status, error, next == null ? null : Timestamp.from(next), delivery.address(),
                delivery.subscriptionId(), delivery.eventId(), delivery.lease());
        if (recorded == 0) {
            log.info("The outcome {} of webhook delivery {} to subscription {} was not recorded: its claim had ended",
                    outcome, delivery.eventId(), delivery.subscriptionId());
        }
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
