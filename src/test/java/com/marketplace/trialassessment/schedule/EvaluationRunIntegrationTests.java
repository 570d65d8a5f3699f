package com.marketplace.trialassessment.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.TrialAssessmentApplication;
import com.marketplace.trialassessment.assessment.EvaluationService;
import com.marketplace.trialassessment.assessment.Trigger;
import com.marketplace.trialassessment.store.ClaimedStore;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.PostgresTestConfiguration;
import com.marketplace.trialassessment.support.TestClockConfiguration;
import com.marketplace.trialassessment.support.Tokens;
import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs of the daily evaluation. These tests have an application context, and so a schema, of their
 * own (small chunks make several chunks per run), emptied before each test, so a run's counts are
 * exactly this test's stores.
 */
@IntegrationTest
@TestPropertySource(properties = "trial.schedule.chunk-size=10")
class EvaluationRunIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final BigDecimal DAILY = new BigDecimal("5000.00");
    static final BigDecimal SCORE = new BigDecimal("4.80");

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvaluationRunner runner;

    @Autowired
    StoreCatalog stores;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ScheduleProperties properties;

    @Autowired
    MeterRegistry meters;

    Fixtures.Rows fixtures;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.Rows.emptyDatabase(jdbc);
        clock.setToday(TODAY);
        fixtures = new Fixtures.Rows(jdbc);
    }

    @Test
    void oneRunDecidesEveryCheckpointThatFellDueWhileTheServiceWasDown() {
        List<Long> dueFiveDaysAgo = fixtures.stores(5, TODAY.minusDays(35), DAILY, 35, SCORE);
        List<Long> registeredLate = fixtures.stores(5, TODAY.minusDays(200), DAILY, 200, SCORE);
        List<Long> notDueYet = fixtures.stores(3, TODAY.minusDays(10), DAILY, 10, SCORE);
        List<Long> withoutScore = fixtures.stores(2, TODAY.minusDays(95), DAILY, 95, null);
        double passedBefore = meters.counter("trial.evaluation.verdicts", "outcome", "PASSED").count();

        String started = http.post().uri("/api/evaluation-runs").exchange()
                .expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        int runId = JsonPath.read(started, "$.id");
        String run = awaitCompleted(runId);

        assertThat((Integer) JsonPath.read(run, "$.storesEvaluated")).isEqualTo(5 + 5 + 2);
        assertThat((Integer) JsonPath.read(run, "$.verdicts")).isEqualTo(5 * 1 + 5 * 3 + 2 * 1);
        assertThat((Integer) JsonPath.read(run, "$.passed")).isEqualTo(22);
        assertThat((Integer) JsonPath.read(run, "$.failed")).isZero();
        assertThat((Integer) JsonPath.read(run, "$.awaitingData")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(run, "$.errors")).isZero();
        assertThat((String) JsonPath.read(run, "$.startedAt")).isNotNull();
        assertThat((String) JsonPath.read(run, "$.finishedAt")).isNotNull();
        assertThat(fixtures.verdictCount(dueFiveDaysAgo)).isEqualTo(5);
        assertThat(fixtures.verdictCount(registeredLate)).isEqualTo(15);
        assertThat(fixtures.verdictCount(notDueYet)).isZero();
        assertThat(fixtures.verdictCount(withoutScore)).isEqualTo(2);
        assertThat(jdbc.queryForList("select distinct trigger from verdict", String.class)).containsExactly("SCHEDULE");
        assertThat(jdbc.queryForList("select distinct decided_by from verdict", String.class))
                .as("the caller who started the run").containsExactly("ops-alice");
        assertThat((String) JsonPath.read(run, "$.startedBy")).isEqualTo("ops-alice");
        assertThat(meters.counter("trial.evaluation.verdicts", "outcome", "PASSED").count() - passedBefore)
                .isEqualTo(22);

        EvaluationRun again = runner.run(RunTrigger.REQUEST);
        assertThat(again.verdicts()).isZero();
        assertThat(again.storesEvaluated()).as("only the stores still waiting for a score").isEqualTo(2);
        assertThat(again.awaitingData()).isEqualTo(2);
    }

    @Test
    void listsRunsNewestFirst() {
        long first = runner.run(RunTrigger.REQUEST).id();
        long second = runner.run(RunTrigger.SCHEDULE).id();

        String page = http.get().uri("/api/evaluation-runs?size=1").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(((Number) JsonPath.read(page, "$.items[0].id")).longValue()).isEqualTo(second);
        assertThat((String) JsonPath.read(page, "$.items[0].trigger")).isEqualTo("SCHEDULE");
        assertThat((Integer) JsonPath.read(page, "$.total")).isEqualTo(2);
        assertThat(first).isLessThan(second);
        http.get().uri("/api/evaluation-runs/{id}", Long.MAX_VALUE).exchange().expectStatus().isNotFound();
    }

    @Test
    void aStoreThatThrowsIsRecordedAndTheRunGoesOn() {
        List<Long> good = fixtures.stores(20, TODAY.minusDays(100), DAILY, 100, SCORE);
        Fixtures.Rows brokenCategory = new Fixtures.Rows(jdbc);
        List<Long> broken = brokenCategory.stores(3, TODAY.minusDays(100), DAILY, 100, SCORE);
        brokenCategory.breakTargets();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        List<ch.qos.logback.classic.Logger> loggers = List.of(EvaluationRunner.class, EvaluationService.class).stream()
                .map(type -> (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(type)).toList();
        loggers.forEach(logger -> logger.addAppender(logged));

        EvaluationRun run;
        try {
            run = runner.run(RunTrigger.REQUEST);
        }
        finally {
            loggers.forEach(logger -> logger.detachAppender(logged));
        }

        // every line of the run carries its id; those about one store, the store's (fields of structured logs)
        assertThat(logged.list).isNotEmpty().allSatisfy(event -> assertThat(event.getMDCPropertyMap())
                .containsEntry(EvaluationRunner.RUN_ID, Long.toString(run.id())));
        assertThat(logged.list).filteredOn(event -> event.getMessage().startsWith("Evaluating store"))
                .extracting(event -> event.getMDCPropertyMap().get(EvaluationService.STORE_ID))
                .containsExactlyInAnyOrderElementsOf(broken.stream().map(String::valueOf).toList());
        assertThat(logged.list).filteredOn(event -> event.getMessage().startsWith("Evaluation run"))
                .as("the run's summary").hasSize(1);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.storesEvaluated()).isEqualTo(23);
        assertThat(run.errors()).isEqualTo(3);
        assertThat(run.verdicts()).isEqualTo(40);
        assertThat(fixtures.verdictCount(broken)).isZero();
        String details = http.get().uri("/api/evaluation-runs/{id}", run.id()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat((List<Integer>) JsonPath.read(details, "$.errorDetails[*].storeId"))
                .containsExactlyInAnyOrderElementsOf(broken.stream().map(Long::intValue).toList());

        brokenCategory.repairTargets();
        EvaluationRun next = runner.run(RunTrigger.REQUEST);

        assertThat(next.errors()).isZero();
        assertThat(next.verdicts()).isEqualTo(6);
        assertThat(fixtures.verdictCountsPerCheckpoint(good)).hasSize(40).containsOnly(1);
        assertThat(brokenCategory.verdictCountsPerCheckpoint(broken)).hasSize(6).containsOnly(1);
    }

    @Test
    void storesClaimedByACrashedRunAreDecidedByALaterRunWithoutDuplicates() {
        List<Long> stores = fixtures.stores(30, TODAY.minusDays(40), DAILY, 40, SCORE);
        EvaluationRun crashed = runner.start(RunTrigger.SCHEDULE);
        List<Long> claimedBeforeCrash = claim(crashed);
        evaluations.evaluateChunk(claimedBeforeCrash.subList(0, 3), Trigger.SCHEDULE, "system", decided -> { });

        EvaluationRun meanwhile = runner.run(RunTrigger.REQUEST);

        assertThat(meanwhile.storesEvaluated()).as("the crashed run's claims are still leased").isEqualTo(20);
        assertThat(fixtures.verdictCount(stores)).isEqualTo(23);

        clock.set(clock.instant().plus(properties.claimLease()).plusSeconds(60));
        EvaluationRun later = runner.run(RunTrigger.SCHEDULE);

        assertThat(later.storesEvaluated()).isEqualTo(7);
        assertThat(later.verdicts()).isEqualTo(7);
        assertThat(fixtures.verdictCountsPerCheckpoint(stores)).hasSize(30).containsOnly(1);
        assertThat(jdbc.queryForObject("select status from evaluation_run where id = ?", String.class, crashed.id()))
                .isEqualTo("ABANDONED");
        assertThat(jdbc.queryForObject("select count(*) from store_claim", Integer.class)).isZero();
    }

    @Test
    void aRunWhoseInstanceDiedIsMarkedAbandonedWithoutWaitingForAnotherRun() {
        fixtures.stores(3, TODAY.minusDays(40), DAILY, 40, SCORE);
        EvaluationRun dead = runner.start(RunTrigger.SCHEDULE);
        claim(dead);

        runner.abandonSilentRuns();
        assertThat(runStatus(dead.id())).as("within its heartbeat timeout").isEqualTo("RUNNING");

        clock.set(clock.instant().plus(properties.heartbeatTimeout()).plusSeconds(1));
        runner.abandonSilentRuns();

        assertThat(runStatus(dead.id())).isEqualTo("ABANDONED");
        assertThat(jdbc.queryForObject("select count(*) from store_claim", Integer.class))
                .as("its stores are free for the next run at once, not after the claim lease").isZero();
        assertThat(runner.run(RunTrigger.REQUEST).storesEvaluated()).isEqualTo(3);
    }

    /** Claims the first 10 due stores for the run, as its worker would. */
    private List<Long> claim(EvaluationRun run) {
        return transactions.execute(status -> stores.claimDue(run.id(), 10, ClaimedStore.START, TODAY, clock.instant(),
                clock.instant().plus(properties.claimLease()))).stream().map(ClaimedStore::id).toList();
    }

    private String runStatus(long runId) {
        return jdbc.queryForObject("select status from evaluation_run where id = ?", String.class, runId);
    }

    /**
     * A feed that has inserted sales of a store and not committed yet (a bulk upload keeps its
     * transaction open for the whole upload) holds a key-share lock on the store's row, taken by the
     * foreign key check. The run must claim and decide that store anyway, not skip it until the next
     * night.
     */
    @Test
    void decidesStoresWhoseDataIsBeingWrittenByAnUnfinishedUpload(@Autowired HikariDataSource dataSource)
            throws Exception {
        List<Long> stores = fixtures.stores(3, TODAY.minusDays(40), DAILY, 40, SCORE);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (java.sql.Connection upload = dataSource.getConnection()) {
            upload.setAutoCommit(false);
            try (java.sql.PreparedStatement insert = upload.prepareStatement(
                    "insert into daily_sales (store_id, sales_date, amount, updated_at) values (?, ?, 1.00, now())")) {
                insert.setLong(1, stores.get(1));
                insert.setObject(2, TODAY);
                assertThat(insert.executeUpdate()).isOne();
            }
            Future<EvaluationRun> running = pool.submit(() -> runner.run(RunTrigger.REQUEST));
            EvaluationRun run;
            try {
                run = running.get(30, TimeUnit.SECONDS);
            }
            finally {
                upload.rollback();
            }

            assertThat(run.storesEvaluated()).isEqualTo(3);
            assertThat(fixtures.verdictCount(stores)).isEqualTo(3);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoInstancesShareTheWorkAndDecideEachCheckpointExactlyOnce(@Autowired HikariDataSource dataSource,
            @Autowired Environment environment) throws Exception {
        try (ConfigurableApplicationContext other = secondInstance(dataSource, environment)) {
            EvaluationRunner otherRunner = other.getBean(EvaluationRunner.class);
            other.getBean(MutableClock.class).setToday(TODAY);
            runner.run(RunTrigger.REQUEST);
            otherRunner.run(RunTrigger.REQUEST);
            List<Long> stores = fixtures.stores(300, TODAY.minusDays(100), DAILY, 100, SCORE);

            List<EvaluationRun> runs = atTheSameMoment(() -> runner.run(RunTrigger.SCHEDULE),
                    () -> otherRunner.run(RunTrigger.SCHEDULE));

            assertThat(runs).allSatisfy(run -> assertThat(run.storesEvaluated()).as("each did part").isPositive());
            assertThat(runs.get(0).storesEvaluated() + runs.get(1).storesEvaluated()).isEqualTo(300);
            assertThat(runs.get(0).verdicts() + runs.get(1).verdicts()).isEqualTo(600);
            assertThat(fixtures.verdictCountsPerCheckpoint(stores)).hasSize(600).containsOnly(1);
            assertThat(runs.get(0).instanceId()).isNotEqualTo(runs.get(1).instanceId());
        }
    }

    /**
     * 300 formal stores, launched 2024-06-01, whose assessments of 2024 and 2025 are both due (a run
     * catching up): the two instances take each store once, and each year of each store is assessed once.
     */
    @Test
    void twoInstancesAssessEachYearOfEachFormalStoreExactlyOnce(@Autowired HikariDataSource dataSource,
            @Autowired Environment environment) throws Exception {
        try (ConfigurableApplicationContext other = secondInstance(dataSource, environment)) {
            EvaluationRunner otherRunner = other.getBean(EvaluationRunner.class);
            other.getBean(MutableClock.class).setToday(TODAY);
            fixtures.withAnnualStandard();
            LocalDate launch = LocalDate.of(2024, 6, 1);
            LocalDate lastOf2025 = LocalDate.of(2025, 12, 31);
            LocalDate scoreDate = LocalDate.of(2025, 12, 20);
            List<Long> good = fixtures.formalStores(150, launch, new BigDecimal("4000.00"), lastOf2025, scoreDate, SCORE);
            List<Long> poor = fixtures.formalStores(150, launch, new BigDecimal("2000.00"), lastOf2025, scoreDate, SCORE);

            List<EvaluationRun> runs = atTheSameMoment(() -> runner.run(RunTrigger.SCHEDULE),
                    () -> otherRunner.run(RunTrigger.SCHEDULE));

            assertThat(runs).allSatisfy(run -> assertThat(run.storesEvaluated()).as("each did part").isPositive());
            assertThat(runs.get(0).storesEvaluated() + runs.get(1).storesEvaluated()).isEqualTo(300);
            assertThat(runs.get(0).annualResults() + runs.get(1).annualResults()).isEqualTo(600);
            assertThat(runs.get(0).verdicts() + runs.get(1).verdicts()).isZero();
            List<Long> all = new ArrayList<>(good);
            all.addAll(poor);
            assertThat(fixtures.annualResultCounts(all)).hasSize(600).containsOnly(1);
            assertThat(jdbc.queryForList("select distinct standing from store where id = any(?)", String.class,
                    (Object) poor.toArray(Long[]::new))).containsExactly("WARNED");
            assertThat(jdbc.queryForList("select distinct standing from store where id = any(?)", String.class,
                    (Object) good.toArray(Long[]::new))).containsExactly("GOOD");
            assertThat(jdbc.queryForObject("select count(distinct rectification_review_due) from store where id = any(?)",
                    Integer.class, (Object) poor.toArray(Long[]::new))).as("all warned on the run's day").isOne();
        }
    }

    @Test
    void aRunCountsTheAnnualResultsTheFeeStatementsAndTheClearancesItTakes() {
        clock.setToday(LocalDate.of(2026, 1, 1));
        Fixtures.Trial store = new Fixtures(http)
                .launchWithTerms(LocalDate.of(2024, 6, 1), Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE)
                .passingTrial()
                .salesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "4000.00")
                .scoreOn(LocalDate.of(2025, 12, 20), "4.80");
        store.violationOn(LocalDate.of(2025, 5, 5), "SERIOUS", 1);

        EvaluationRun notice = runner.run(RunTrigger.SCHEDULE);
        clock.setToday(LocalDate.of(2026, 1, 31));
        EvaluationRun clearance = runner.run(RunTrigger.SCHEDULE);

        String noticeRun = http.get().uri("/api/evaluation-runs/{id}", notice.id()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat((Integer) JsonPath.read(noticeRun, "$.verdicts")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(noticeRun, "$.annualResults")).as("2024 and 2025").isEqualTo(2);
        assertThat((Integer) JsonPath.read(noticeRun, "$.clearances")).isZero();
        assertThat((Integer) JsonPath.read(noticeRun, "$.feeStatements")).as("the year ends of 2024 and 2025")
                .isEqualTo(2);
        String clearanceRun = http.get().uri("/api/evaluation-runs/{id}", clearance.id()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat((Integer) JsonPath.read(clearanceRun, "$.storesEvaluated")).isOne();
        assertThat((Integer) JsonPath.read(clearanceRun, "$.annualResults")).isZero();
        assertThat((Integer) JsonPath.read(clearanceRun, "$.clearances")).isOne();
        assertThat((Integer) JsonPath.read(clearanceRun, "$.feeStatements")).as("CLEARED, for 2026").isOne();
        assertThat(fixtures.status(store.storeId())).isEqualTo("CLEARED");
    }

    private ConfigurableApplicationContext secondInstance(HikariDataSource dataSource, Environment environment) {
        // command-line arguments, so that they win over application.yml
        return new SpringApplicationBuilder(TrialAssessmentApplication.class, TestClockConfiguration.class).run(
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--trial.db-schema=" + environment.getRequiredProperty("trial.db-schema"),
                "--" + PostgresTestConfiguration.REUSE_DATABASE + "=true",
                "--trial.schedule.enabled=false",
                "--trial.security.hmac-secret=" + Tokens.SECRET,
                "--trial.schedule.chunk-size=10",
                "--trial.schedule.instance-id=second-instance",
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    @SafeVarargs
    private static List<EvaluationRun> atTheSameMoment(java.util.concurrent.Callable<EvaluationRun>... tasks)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<EvaluationRun>> futures = new ArrayList<>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return task.call();
                }));
            }
            gate.countDown();
            List<EvaluationRun> runs = new ArrayList<>();
            for (Future<EvaluationRun> future : futures) {
                runs.add(future.get(2, TimeUnit.MINUTES));
            }
            return runs;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private String awaitCompleted(int runId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(JsonPath.read(
                http.get().uri("/api/evaluation-runs/{id}", runId).exchange().expectStatus().isOk()
                        .expectBody(String.class).returnResult().getResponseBody(), "$.status")));
        return http.get().uri("/api/evaluation-runs/{id}", runId).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
