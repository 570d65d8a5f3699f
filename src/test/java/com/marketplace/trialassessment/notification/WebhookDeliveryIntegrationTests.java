package com.marketplace.trialassessment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.assessment.DecisionsRecorded;
import com.marketplace.trialassessment.rules.StatusChange;
import com.marketplace.trialassessment.rules.StatusChangeCause;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.schedule.EvaluationRunFinished;
import com.marketplace.trialassessment.schedule.EvaluationRunStarted;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.sun.net.httpserver.HttpServer;

/**
 * Webhooks delivered to a real receiver on loopback (an HTTP server started by the test): signed as
 * Standard Webhooks say, tried again with the same id after a failure, disabled by 410, recorded only
 * with the decision they report, delivered after a dead claim, once each by concurrent dispatchers,
 * and never holding an evaluation run up. Deliveries are made by calling the dispatcher (its schedule
 * is off in tests).
 */
@IntegrationTest
@TestPropertySource(properties = "trial.webhooks.allow-loopback-http=true")
class WebhookDeliveryIntegrationTests {

    /** A receiver: every request it got, and the statuses to answer, in order (then 204). */
    static final class Receiver {
        record Received(String id, String timestamp, String signature, String body) {
        }

        final List<Received> received = new CopyOnWriteArrayList<>();
        final Deque<Integer> statuses = new ArrayDeque<>();
        volatile CountDownLatch hold;
        final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/hooks", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body));
                CountDownLatch latch = hold;
                if (latch != null) {
                    try {
                        latch.await(30, TimeUnit.SECONDS);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
                Integer status;
                synchronized (statuses) {
                    status = statuses.poll();
                }
                exchange.sendResponseHeaders(status == null ? 204 : status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        void answer(int... codes) {
            synchronized (statuses) {
                for (int code : codes) {
                    statuses.add(code);
                }
            }
        }
    }

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    Receiver receiver;

    /*
     * The threads the tests run dispatchers on, while the test thread goes on. Never the common
     * ForkJoinPool (CompletableFuture's default): on Java 25 CompletableFuture always uses it, and on
     * two cores it has one thread; a dispatcher blocked there on a hanging receiver stalls everything
     * else that needs it, the JDK's HttpClient among them (it completes the test client's answers
     * there), so the test's own requests waited out the delivery's 10 s timeout. On Java 17 a pool
     * of one thread made CompletableFuture start a thread per task instead.
     */
    final ExecutorService dispatching = Executors.newCachedThreadPool();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new Receiver();
        // nothing left over from another test is due
        jdbc.update("update webhook_event set recipients = null where recipients is not null");
        jdbc.update("update webhook_delivery set status = 'FAILED', next_attempt_at = null where status = 'PENDING'");
    }

    @AfterEach
    void stopReceiver() {
        dispatching.shutdownNow();
        receiver.server.stop(0);
    }

    /** A store on trial whose checkpoint 1 is due today, and a subscription of its merchant's to every event. */
    private Trial storeWithSubscription(String... events) {
        LocalDate launch = LocalDate.of(2026, 3, 1);
        clock.setToday(launch.plusDays(30));
        Trial store = new Fixtures(http).launch(launch);
        store.sales(1, 30, "2000.00");
        subscribe(store.merchantId(), events);
        return store;
    }

    /** The id of the subscription {@link #subscribe} made last. */
    long subscriptionId;

    private String subscribe(String merchantId, String... events) {
        String created = http.post().uri("/api/webhook-subscriptions").contentType(MediaType.APPLICATION_JSON)
                .body("{ \"url\": \"%s\", \"merchantId\": \"%s\", \"events\": [%s] }".formatted(receiver.url(),
                        merchantId, String.join(",", java.util.Arrays.stream(events).map(e -> "\"" + e + "\"").toList())))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        subscriptionId = ((Number) JsonPath.read(created, "$.id")).longValue();
        return created;
    }

    private String subscription() {
        return http.get().uri("/api/webhook-subscriptions/{id}", subscriptionId).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void aDecisionIsDeliveredSignedAsStandardWebhooksSay() {
        Trial store = storeWithSubscription("verdict.decided", "store.terminated");
        long id = subscriptionId;
        String secret = jdbc.queryForObject("select secret from webhook_subscription where id = ?", String.class, id);

        store.evaluate();
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(receiver.received).hasSize(1);
        Receiver.Received got = receiver.received.get(0);
        assertThat(got.id()).startsWith("evt_");
        assertThat(Long.parseLong(got.timestamp())).isBetween(Instant.now().getEpochSecond() - 60,
                Instant.now().getEpochSecond() + 1);
        assertThat(WebhookSignature.verify(secret, got.id(), Long.parseLong(got.timestamp()), got.body(),
                got.signature())).isTrue();
        assertThat((String) JsonPath.read(got.body(), "$.id")).isEqualTo(got.id());
        assertThat((String) JsonPath.read(got.body(), "$.type")).isEqualTo("verdict.decided");
        assertThat(((Number) JsonPath.read(got.body(), "$.storeId")).longValue()).isEqualTo(store.storeId());
        assertThat((String) JsonPath.read(got.body(), "$.merchantId")).isEqualTo(store.merchantId());
        assertThat((Integer) JsonPath.read(got.body(), "$.data.checkpoint")).isEqualTo(1);
        assertThat((String) JsonPath.read(got.body(), "$.data.outcome")).isEqualTo("PASSED");
        assertThat((String) JsonPath.read(got.body(), "$.occurredAt")).startsWith("2026-03-31T");

        String log = http.get().uri("/api/webhook-subscriptions/{id}/deliveries", id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat((String) JsonPath.read(log, "$.items[0].status")).isEqualTo("DELIVERED");
        assertThat((Integer) JsonPath.read(log, "$.items[0].attempts")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(log, "$.items[0].lastStatusCode")).isEqualTo(204);
        assertThat((String) JsonPath.read(log, "$.items[0].type")).isEqualTo("verdict.decided");
    }

    @Test
    void aFailedAttemptIsTriedAgainWithTheSameIdAndTheLogSaysDeliveredAfterTwo() {
        Trial store = storeWithSubscription("verdict.decided");
        receiver.answer(500);
        store.evaluate();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).as("not due before its 5 s").isZero();
        clock.set(clock.instant().plusSeconds(6));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(receiver.received).hasSize(2);
        assertThat(receiver.received.get(1).id()).isEqualTo(receiver.received.get(0).id());
        assertThat(receiver.received.get(1).body()).isEqualTo(receiver.received.get(0).body());
        String delivery = jdbc.queryForObject("select status || ' ' || attempts || ' ' || last_status_code "
                + "from webhook_delivery where event_id = ?", String.class, receiver.received.get(0).id());
        assertThat(delivery).isEqualTo("DELIVERED 2 204");
    }

    @Test
    void aReceiverThatAnswers410DisablesItsSubscription() {
        Trial store = storeWithSubscription("verdict.decided", "store.terminated");
        receiver.answer(410);
        store.sales(1, 30, "1000.00"); // 30,000 < 50,000: checkpoint 1 fails, two events
        store.evaluate();

        dispatcher.dispatchDue();

        String subscription = subscription();
        assertThat((Boolean) JsonPath.read(subscription, "$.enabled")).isFalse();
        assertThat((String) JsonPath.read(subscription, "$.disabledBecause")).contains("410");
        clock.set(clock.instant().plusSeconds(3600));
        assertThat(dispatcher.dispatchDue()).as("nothing more goes to a disabled subscription").isZero();
        assertThat(receiver.received).as("the termination, waiting for the verdict, is never sent").hasSize(1);
        String termination = jdbc.queryForObject("select d.status || ' ' || d.last_error from webhook_delivery d "
                + "join webhook_event e on e.id = d.event_id where d.subscription_id = ? and e.type = 'store.terminated'",
                String.class, subscriptionId);
        assertThat(termination).isEqualTo("FAILED " + WebhookDispatcher.DISABLED + " (the receiver answered 410 Gone)");
    }

    @Test
    void aStoreWaitingForItsFirstDeliveryDoesNotHoldOtherStoresUp() {
        Trial waiting = storeWithSubscription("verdict.decided", "store.terminated");
        long waitingSubscription = subscriptionId;
        receiver.answer(500);
        waiting.sales(1, 30, "1000.00"); // checkpoint 1 fails: the verdict, then the termination
        waiting.evaluate();
        assertThat(dispatcher.dispatchDue()).as("the verdict fails once, to be tried again in 5 s").isEqualTo(1);
        // more of the store's events than one look at the queue takes, all due and all behind the verdict
        String termination = jdbc.queryForObject("select d.event_id from webhook_delivery d join webhook_event e "
                + "on e.id = d.event_id where d.subscription_id = ? and e.type = 'store.terminated'", String.class,
                waitingSubscription);
        jdbc.update("""
                insert into webhook_event (id, type, store_id, merchant_id, occurred_at, body)
                select 'evt_queue_' || n, type, store_id, merchant_id, occurred_at, body
                  from webhook_event cross join generate_series(1, ?) n where id = ?""", WebhookDispatcher.PAGE, termination);
        jdbc.update("""
                insert into webhook_delivery (subscription_id, event_id, event_seq, status, next_attempt_at, store_id)
                select ?, e.id, e.seq, 'PENDING', d.next_attempt_at, e.store_id
                  from webhook_event e, webhook_delivery d
                 where e.id like 'evt\\_queue\\_%' and d.subscription_id = ? and d.event_id = ?""", waitingSubscription,
                waitingSubscription, termination);
        Trial other = new Fixtures(http).launch(LocalDate.of(2026, 3, 1));
        other.sales(1, 30, "2000.00");
        subscribe(other.merchantId(), "verdict.decided");
        other.evaluate();

        assertThat(dispatcher.dispatchDue()).as("the other store's verdict, behind them in the queue").isEqualTo(1);
        assertThat(receiver.received).hasSize(2);
        assertThat((Number) JsonPath.read(receiver.received.get(1).body(), "$.storeId")).hasToString(
                Long.toString(other.storeId()));
    }

    @Test
    void theDeliveriesOfASubscriptionGoWithIt() {
        Trial store = storeWithSubscription("verdict.decided");
        store.evaluate();
        long deleted = subscriptionId;
        assertThat(dispatcher.fanOut(clock.instant())).isOne();
        http.delete().uri("/api/webhook-subscriptions/{id}", deleted).exchange().expectStatus().isNoContent();
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id = ?", Integer.class,
                deleted)).isZero();

        // deleted after the event was recorded, before it was fanned out: no delivery is made
        Trial other = storeWithSubscription("verdict.decided");
        other.evaluate();
        long deletedBeforeFanOut = subscriptionId;
        http.delete().uri("/api/webhook-subscriptions/{id}", deletedBeforeFanOut).exchange().expectStatus().isNoContent();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id = ?", Integer.class,
                deletedBeforeFanOut)).isZero();

        // a delivery made for it by a fan-out that read the subscription before the delete committed
        Trial third = storeWithSubscription("verdict.decided");
        third.evaluate();
        assertThat(dispatcher.fanOut(clock.instant())).isOne();
        jdbc.update("update webhook_delivery set subscription_id = ? where subscription_id = ?", deleted, subscriptionId);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(receiver.received).as("nothing is sent for a deleted subscription").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id = ?", Integer.class,
                deleted)).as("and its delivery is dropped").isZero();
    }

    @Test
    void aSubscriptionGetsAStoresEventsInTheirOrder() {
        Trial store = storeWithSubscription("verdict.decided", "store.terminated");
        store.sales(1, 30, "1000.00"); // checkpoint 1 fails: the verdict, then the termination
        store.evaluate();

        assertThat(dispatcher.dispatchDue()).as("the termination waits for the verdict").isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(receiver.received).extracting(r -> (String) JsonPath.read(r.body(), "$.type"))
                .containsExactly("verdict.decided", "store.terminated");
    }

    @Test
    void aDecisionRolledBackRecordsNoEvent() {
        Trial store = storeWithSubscription("store.cleared");
        Long before = jdbc.queryForObject("select count(*) from webhook_event", Long.class);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new DecisionsRecorded(List.of(new DecisionsRecorded.StoreDecided(store.storeId(),
                    store.merchantId(), StoreStatus.CLEARED, List.of(), List.of(), List.of(),
                    List.of(new StatusChange(StoreStatus.FORMAL, StoreStatus.CLEARED, null, null,
                            StatusChangeCause.CLEARED, null, null, null, null)))), clock.instant()));
            assertThat(jdbc.queryForObject("select count(*) from webhook_event", Long.class)).isEqualTo(before + 1);
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from webhook_event", Long.class)).isEqualTo(before);
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsDeliveredOnceItsLeaseEnds() {
        Trial store = storeWithSubscription("verdict.decided");
        store.evaluate();
        assertThat(dispatcher.fanOut(clock.instant())).isOne();
        // an instance claimed it and died before it posted
        jdbc.update("update webhook_delivery set lease_until = ? where status = 'PENDING'",
                java.sql.Timestamp.from(clock.instant().plus(WebhookDispatcher.LEASE)));

        assertThat(dispatcher.dispatchDue()).isZero();
        clock.set(clock.instant().plus(WebhookDispatcher.LEASE).plusSeconds(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(receiver.received).hasSize(1);
    }

    @Test
    void dispatchersRunningAtOnceDeliverEachEventOnce() throws Exception {
        for (int i = 0; i < 8; i++) {
            LocalDate launch = LocalDate.of(2026, 3, 1);
            clock.setToday(launch.plusDays(30));
            Trial store = new Fixtures(http).launch(launch);
            store.sales(1, 30, "2000.00");
            subscribe(store.merchantId(), "verdict.decided");
            store.evaluate();
        }

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(dispatcher::dispatchDue, dispatching);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(dispatcher::dispatchDue, dispatching);

        assertThat(one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS)).isEqualTo(8);
        assertThat(receiver.received).extracting(Receiver.Received::id).doesNotHaveDuplicates().hasSize(8);
    }

    @Autowired
    com.zaxxer.hikari.HikariDataSource dataSource;

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void twoInstancesDeliverEachEventOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            LocalDate launch = LocalDate.of(2026, 3, 1);
            clock.setToday(launch.plusDays(30));
            Trial store = new Fixtures(http).launch(launch);
            store.sales(1, 30, "2000.00");
            subscribe(store.merchantId(), "verdict.decided");
            store.evaluate();
        }
        try (org.springframework.context.ConfigurableApplicationContext other = secondInstance()) {
            other.getBean(MutableClock.class).set(clock.instant());
            WebhookDispatcher otherDispatcher = other.getBean(WebhookDispatcher.class);

            CompletableFuture<Integer> here = CompletableFuture.supplyAsync(dispatcher::dispatchDue, dispatching);
            CompletableFuture<Integer> there = CompletableFuture.supplyAsync(otherDispatcher::dispatchDue, dispatching);

            assertThat(here.get(60, TimeUnit.SECONDS) + there.get(60, TimeUnit.SECONDS)).isEqualTo(12);
            assertThat(receiver.received).extracting(Receiver.Received::id).doesNotHaveDuplicates().hasSize(12);
            assertThat(dispatcher.dispatchDue() + otherDispatcher.dispatchDue()).as("nothing left").isZero();
        }
    }

    /** Another instance of the service on the same database, delivering only when told. */
    private org.springframework.context.ConfigurableApplicationContext secondInstance() {
        return new org.springframework.boot.builder.SpringApplicationBuilder(
                com.marketplace.trialassessment.TrialAssessmentApplication.class,
                com.marketplace.trialassessment.support.TestClockConfiguration.class).run(
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--trial.db-schema=" + environment.getRequiredProperty("trial.db-schema"),
                "--" + com.marketplace.trialassessment.support.PostgresTestConfiguration.REUSE_DATABASE + "=true",
                "--trial.schedule.enabled=false",
                "--trial.webhooks.dispatch=false",
                "--trial.webhooks.allow-loopback-http=true",
                "--trial.security.hmac-secret=" + com.marketplace.trialassessment.support.Tokens.SECRET,
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    @Test
    void aReceiverThatHangsDoesNotHoldAnEvaluationRunUp() throws Exception {
        Trial store = storeWithSubscription("verdict.decided");
        store.evaluate();
        receiver.hold = new CountDownLatch(1);
        CompletableFuture<Integer> delivering = CompletableFuture.supplyAsync(dispatcher::dispatchDue, dispatching);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received.size() == 1);

        // another store's checkpoint is decided by a run while the receiver still holds the delivery
        Trial other = new Fixtures(http).launch(LocalDate.of(2026, 3, 1));
        other.sales(1, 30, "2000.00");
        String run = http.post().uri("/api/evaluation-runs").exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        long runId = ((Number) JsonPath.read(run, "$.id")).longValue();
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(JsonPath.read(http.get()
                .uri("/api/evaluation-runs/{id}", runId).exchange().expectBody(String.class).returnResult()
                .getResponseBody(), "$.status")));

        assertThat(delivering).as("the delivery is still waiting for the receiver").isNotDone();
        assertThat(jdbc.queryForObject("select count(*) from verdict where store_id = ?", Integer.class,
                other.storeId())).isOne();
        receiver.hold.countDown();
        assertThat(delivering.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @Autowired
    LocalRuns localRuns;

    @Test
    void deliveriesWaitWhileThisInstanceWorksOnARun() {
        Trial store = storeWithSubscription("verdict.decided");
        store.evaluate();

        events.publishEvent(new EvaluationRunStarted(-1));
        try {
            assertThat(dispatcher.deliverUnlessPaused()).as("nothing while the run works").isZero();
            assertThat(receiver.received).isEmpty();
        }
        finally {
            events.publishEvent(new EvaluationRunFinished(-1));
        }
        assertThat(dispatcher.deliverUnlessPaused()).as("once it has finished").isEqualTo(1);
        assertThat(receiver.received).hasSize(1);
    }

    @Test
    void aRunTellsTheDeliveriesWhenItBeginsAndEnds() {
        List<Object> seen = new CopyOnWriteArrayList<>();
        org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<?>> listener =
                event -> {
                    if (event.getPayload() instanceof EvaluationRunStarted
                            || event.getPayload() instanceof EvaluationRunFinished) {
                        seen.add(event.getPayload());
                        seen.add(localRuns.pausing());
                    }
                };
        context.addApplicationListener(listener);
        try {
            Trial store = storeWithSubscription("verdict.decided");
            String run = http.post().uri("/api/evaluation-runs").exchange().expectStatus().isAccepted()
                    .expectBody(String.class).returnResult().getResponseBody();
            long runId = ((Number) JsonPath.read(run, "$.id")).longValue();
            await().atMost(Duration.ofSeconds(60)).until(() -> seen.size() == 4);

            assertThat(seen).containsExactly(new EvaluationRunStarted(runId), true, new EvaluationRunFinished(runId),
                    false);
            assertThat(jdbc.queryForObject("select count(*) from verdict where store_id = ?", Integer.class,
                    store.storeId())).isOne();
        }
        finally {
            context.removeApplicationListener(listener);
        }
    }

    @Test
    void aPageOfTheQueueThatEndsInsideAnEventsDeliveriesLeavesNoneOfThemBehind() {
        Trial blocked = storeWithSubscription("verdict.decided");
        long first = subscriptionId;
        subscribe(blocked.merchantId(), "verdict.decided");
        long second = subscriptionId;
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        java.sql.Timestamp later = java.sql.Timestamp.from(clock.instant().plusSeconds(3600));
        String event = """
                insert into webhook_event (id, type, store_id, merchant_id, occurred_at, body)
                values (?, 'verdict.decided', ?, ?, ?, '{}') returning seq""";
        String delivery = """
                insert into webhook_delivery (subscription_id, event_id, event_seq, status, next_attempt_at, store_id)
                values (?, ?, ?, 'PENDING', ?, ?)""";
        long otherStore = blocked.storeId() + 1_000_000;
        // the store's first delivery to each subscription waits for a retry: all its later ones wait behind it
        long seq = jdbc.queryForObject(event, Long.class, "evt_page_0", blocked.storeId(), blocked.merchantId(), now);
        jdbc.update(delivery, first, "evt_page_0", seq, later, blocked.storeId());
        jdbc.update(delivery, second, "evt_page_0", seq, later, blocked.storeId());
        // 799 due rows waiting behind them (one event to the first subscription only, 399 to both) ...
        int rows = 0;
        for (int i = 1; rows < WebhookDispatcher.PAGE - 1; i++) {
            seq = jdbc.queryForObject(event, Long.class, "evt_page_" + i, blocked.storeId(), blocked.merchantId(), now);
            jdbc.update(delivery, first, "evt_page_" + i, seq, now, blocked.storeId());
            rows++;
            if (i > 1) {
                jdbc.update(delivery, second, "evt_page_" + i, seq, now, blocked.storeId());
                rows++;
            }
        }
        // ... then another store's event to both: the first page ends between its two deliveries
        seq = jdbc.queryForObject(event, Long.class, "evt_page_free", otherStore, blocked.merchantId(), now);
        jdbc.update(delivery, first, "evt_page_free", seq, now, otherStore);
        jdbc.update(delivery, second, "evt_page_free", seq, now, otherStore);

        assertThat(dispatcher.dispatchDue()).as("both deliveries of the other store's event").isEqualTo(2);
        assertThat(receiver.received).extracting(Receiver.Received::id).containsOnly("evt_page_free").hasSize(2);
    }

    @Test
    void theClaimReadsThePageByAddressWhateverTheStatisticsSay() {
        Trial store = storeWithSubscription("verdict.decided");
        long subscription = subscriptionId;
        // statistics taken while the table was small, then many pending deliveries
        jdbc.execute("analyze webhook_delivery");
        jdbc.update("""
                insert into webhook_delivery (subscription_id, event_id, event_seq, status, next_attempt_at, store_id)
                select ?, 'evt_stale_' || n, 10000000 + n, 'PENDING', ?, ? + n % 500 from generate_series(1, 5000) n""",
                subscription, java.sql.Timestamp.from(clock.instant()), store.storeId());
        String page = "{" + String.join(",", jdbc.queryForList("""
                select ctid::text from webhook_delivery where status = 'PENDING' order by next_attempt_at, event_seq
                 limit 800""", String.class).stream().map(a -> "\"" + a + "\"").toList()) + "}";

        String plan = jdbc.execute((java.sql.Connection connection) -> {
            try (java.sql.Statement session = connection.createStatement()) {
                session.execute("set plan_cache_mode = force_generic_plan");
            }
            try (java.sql.PreparedStatement explain = connection.prepareStatement("explain (format json) "
                    + WebhookDispatcher.CLAIM)) {
                explain.setString(1, page);
                java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
                explain.setTimestamp(2, at);
                explain.setTimestamp(3, at);
                explain.setInt(4, WebhookDispatcher.BATCH);
                explain.setTimestamp(5, at);
                try (java.sql.ResultSet rs = explain.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
                finally {
                    try (java.sql.Statement session = connection.createStatement()) {
                        session.execute("reset plan_cache_mode");
                    }
                }
            }
        });
        // the claim proper (the lease is then set on the rows it found, by their address)
        List<java.util.Map<String, Object>> scans = JsonPath.read(plan,
                "$..[?(@['Subplan Name'] == 'CTE due')]..[?(@['Relation Name'] == 'webhook_delivery')]");
        assertThat(scans).as(plan).extracting(scan -> scan.get("Node Type")).contains("Tid Scan");
        assertThat(scans).filteredOn(scan -> !"Tid Scan".equals(scan.get("Node Type")))
                .as("only the per-store probe reads an index, by its key: " + plan)
                .isNotEmpty()
                .allSatisfy(scan -> assertThat(scan.get("Index Name")).isEqualTo("webhook_delivery_store_order_idx"))
                .allSatisfy(scan -> assertThat((String) scan.get("Index Cond")).contains("store_id"));
        jdbc.update("delete from webhook_delivery where event_id like 'evt\\_stale\\_%'");
    }

    @Autowired
    RectificationReminders reminders;

    @Test
    void aWarnedStoreIsToldOnceSevenDaysBeforeItsReviewIsDue() {
        clock.setToday(LocalDate.of(2026, 1, 1));
        Trial store = new Fixtures(http).launchWithTerms(LocalDate.of(2024, 6, 1), Fixtures.DEFAULT_ANNUAL, null)
                .passingTrial().salesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "2000.00")
                .scoreOn(LocalDate.of(2025, 12, 20), "4.81");
        store.evaluate(); // 2025 fails on sales: warned, period 2026-01-01..03-31, review due 2026-04-01
        subscribe(store.merchantId(), "rectification.ending");

        clock.setToday(LocalDate.of(2026, 3, 24));
        assertThat(reminders.remind()).as("eight days before").isZero();
        clock.setToday(LocalDate.of(2026, 3, 25));
        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(reminders.remind()).as("once").isZero();
        clock.setToday(LocalDate.of(2026, 3, 26));
        assertThat(reminders.remind()).as("once, also the next day").isZero();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        String body = receiver.received.get(0).body();
        assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("rectification.ending");
        assertThat((String) JsonPath.read(body, "$.data.reviewDue")).isEqualTo("2026-04-01");
        assertThat((String) JsonPath.read(body, "$.data.to")).isEqualTo("2026-03-31");
        assertThat((Integer) JsonPath.read(body, "$.data.daysLeft")).isEqualTo(7);
        assertThat((Integer) JsonPath.read(body, "$.data.assessedYear")).isEqualTo(2025);
    }

    @Autowired
    AtRiskWatch watch;

    @Test
    void aStoreIsToldOnceWhenItTurnsToAtRiskAndAgainOnlyAfterItRecovered() {
        LocalDate launch = LocalDate.of(2026, 3, 1);
        clock.setToday(launch.plusDays(19)); // day 20 of 30 towards checkpoint 1's 50,000.00
        Trial store = new Fixtures(http).launch(launch);
        store.sales(1, 20, "100.00");
        subscribe(store.merchantId(), "store.at_risk");
        String count = "select count(*) from webhook_event where type = 'store.at_risk' and store_id = ?";

        watch.watch();
        assertThat(jdbc.queryForObject(count, Integer.class, store.storeId())).isOne();
        watch.watch();
        assertThat(jdbc.queryForObject(count, Integer.class, store.storeId())).as("once while it stays at risk").isOne();

        store.sales(1, 20, "5000.00"); // 100,000.00 by day 20: on course
        watch.watch();
        assertThat(jdbc.queryForObject(count, Integer.class, store.storeId())).isOne();
        store.sales(1, 20, "100.00"); // behind again
        watch.watch();
        assertThat(jdbc.queryForObject(count, Integer.class, store.storeId())).as("again after it recovered")
                .isEqualTo(2);

        assertThat(dispatcher.dispatchDue()).as("one at a time: the store's events in their order").isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        String body = receiver.received.get(0).body();
        assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("store.at_risk");
        assertThat((String) JsonPath.read(body, "$.data.phase")).isEqualTo("TRIAL");
        assertThat((Integer) JsonPath.read(body, "$.data.checkpoint")).isEqualTo(1);
        assertThat((String) JsonPath.read(body, "$.data.mostAtRisk")).isEqualTo("SALES");
    }

    @Test
    void aDeliveryMayBeTriedAgainByHand() {
        Trial store = storeWithSubscription("verdict.decided");
        receiver.answer(500);
        store.evaluate();
        dispatcher.dispatchDue();
        String eventId = receiver.received.get(0).id();
        long id = subscriptionId;

        String retried = http.post().uri("/api/webhook-subscriptions/{id}/deliveries/{event}/retry", id, eventId)
                .exchange().expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody();

        assertThat((String) JsonPath.read(retried, "$.status")).isEqualTo("PENDING");
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(receiver.received).hasSize(2);
        http.post().uri("/api/webhook-subscriptions/{id}/deliveries/{event}/retry", id, "evt_nope").exchange()
                .expectStatus().isNotFound();
    }
}
