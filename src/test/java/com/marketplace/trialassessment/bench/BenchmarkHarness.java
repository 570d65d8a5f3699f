package com.marketplace.trialassessment.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.support.Tokens;

/**
 * The benchmark behind {@code docs/benchmarks.md}, run by {@code bench/run} (never by {@code ./mvnw verify}).
 * On one PostgreSQL it builds a data set of {@code BENCH_STORES} stores × 210 days of daily sales (fixed
 * seed), starts the service jar with a capped heap, and measures in one run:
 * <ol type="a">
 * <li>raw {@code COPY} of the rows into an empty table shaped like {@code daily_sales} (the limit),</li>
 * <li>the service's bulk endpoint over HTTP (and a replay of the same file),</li>
 * <li>the per-store JSON {@code PUT} path,</li>
 * <li>the raw SQL aggregate of cumulative sales per store (the limit for evaluation),</li>
 * <li>a full evaluation run deciding checkpoint 4 for every store,</li>
 * <li>requests/s and latency of {@code GET /api/stores/{id}/assessment} against {@code GET /actuator/health},
 * from {@code wrk} on loopback,</li>
 * </ol>
 * sampling the service's heap throughout. It prints a table and writes {@code target/bench/results.json}.
 * Settings come from environment variables ({@code BENCH_*}, see {@link Settings}). With
 * {@code --scale marketplace} it measures the marketplace of issue 18 instead, at two sizes
 * ({@link #measureMarketplace}, {@link Marketplace}).
 */
public final class BenchmarkHarness {

    static final int DAYS = 210;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Settings settings;
    private final Path out;
    private static final String TOKEN = Tokens.token("benchmark", List.of("OPS"), null, Tokens.SECRET,
            java.time.Instant.now().plus(Duration.ofHours(6)));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> results = new LinkedHashMap<>();
    /** The business date the service is run on: the real one, or (marketplace) 31 December and 1 January. */
    private LocalDate today = LocalDate.now(ZONE);
    private Process service;
    private long serviceStarted;
    /** When each phase began, in seconds since the service was started: close to the GC log's JVM uptime. */
    private Map<String, Double> phaseStarts = new LinkedHashMap<>();
    private String base;
    private HeapSampler heap;
    private long firstStore;
    private long lastStore;

    /** Stores on trial (and, at the marketplace scale, as many formal stores) of this harness's data set. */
    private final int stores;

    BenchmarkHarness(Settings settings, int stores, Path out) {
        this.settings = settings;
        this.stores = stores;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment(args);
        if (settings.scale == Scale.MARKETPLACE) {
            Marketplace.run(settings);
            return;
        }
        BenchmarkHarness harness = new BenchmarkHarness(settings, settings.stores, Path.of("target", "bench"));
        Runtime.getRuntime().addShutdownHook(new Thread(harness::stopService));
        harness.run();
    }

    /**
     * Two benchmarks on one PostgreSQL would share its CPU and, with the same schema, each other's data:
     * a session-level advisory lock, held by one connection for the whole run (released by PostgreSQL
     * if this process dies), makes a second {@code bench/run} wait for the first.
     */
    static final long BENCHMARK_LOCK = 0x7472_6961_6c5f_6265L;

    void run() throws Exception {
        locked(settings, this::measure);
    }

    interface Work {
        void run() throws Exception;
    }

    /** {@code work} while this process holds the benchmark's advisory lock on the PostgreSQL. */
    static void locked(Settings settings, Work work) throws Exception {
        try (Connection lock = connect(settings); Statement sql = lock.createStatement()) {
            boolean free;
            try (ResultSet rs = sql.executeQuery("select pg_try_advisory_lock(" + BENCHMARK_LOCK + ")")) {
                rs.next();
                free = rs.getBoolean(1);
            }
            if (!free) {
                log("another bench/run is using this PostgreSQL; waiting for it to finish");
                sql.execute("select pg_advisory_lock(" + BENCHMARK_LOCK + ")");
            }
            work.run();
        }
    }

    private void measure() throws Exception {
        Files.createDirectories(out);
        long started = System.nanoTime();
        log("data set: %,d stores x %d days = %,d daily sales rows, seed %d; schema %s; today %s (%s)",
                stores, DAYS, (long) stores * DAYS, settings.seed, settings.schema, today, ZONE);
        recreateSchema();
        startService(List.of());
        try {
            phase("setup");
            DataSet data = new DataSet(settings.seed, stores);
            createCategories(false);
            createTrialStores(data);
            Path csv = out.resolve("daily_sales.csv");
            long rows = data.writeCsv(csv, firstStore);
            log("wrote %s: %,d rows, %,d bytes", csv, rows, Files.size(csv));
            uploadScoresAndViolations(data);
            insertVerdictsForCheckpointsOneToThree();
            warmUp(data);

            phase("a-copy");
            rawCopy(List.of(csv), rows);
            phase("c-put");
            perStorePut(data);
            phase("b-bulk");
            bulk(csv, rows);
            phase("maintenance");
            vacuumAnalyze();
            phase("d-aggregate");
            rawAggregate();
            phase("f-load");
            load();
            phase("e-evaluation");
            evaluationRun();
            phase("h-webhooks");
            webhookRuns();
            exportFeeStatements();
            phase("done");
        }
        finally {
            heap.stop();
            stopService();
        }
        finish(started);
        report();
    }

    /** After the service stopped: that nobody else used the schema, the heap's figures, the benchmark's time. */
    private void finish(long started) throws Exception {
        checkNobodyElseUsedTheSchema();
        heapFigures();
        results.put("benchmarkSeconds", round((System.nanoTime() - started) / 1e9, 1));
    }

    // --- the service ------------------------------------------------------------------------------

    private void recreateSchema() throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + settings.schema + " cascade");
            results.put("postgres", scalar(sql, "select version()"));
            results.put("postgresSettings", scalar(sql, "select string_agg(name || '=' || current_setting(name), ', ' "
                    + "order by name) from pg_settings where name in ('shared_buffers', 'work_mem', 'max_wal_size', "
                    + "'synchronous_commit', 'max_parallel_workers_per_gather', 'fsync')"));
        }
    }

    /** GC logs of the services this harness started, each with the phases it saw (seconds since its start). */
    private final List<Map.Entry<Path, Map<String, Double>>> gcLogs = new ArrayList<>();
    private final List<HeapSampler> samplers = new ArrayList<>();
    private final List<Long> pids = new ArrayList<>();

    /** Starts the service jar on a free port, with {@code extraArgs}, and a heap sampler on it. */
    private void startService(List<String> extraArgs) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        Path gcLog = out.resolve(gcLogs.isEmpty() ? "service-gc.log" : "service-gc-" + (gcLogs.size() + 1) + ".log");
        Files.deleteIfExists(gcLog);
        if (gcLogs.isEmpty()) {
            Files.deleteIfExists(out.resolve("service.log"));
        }
        phaseStarts = new LinkedHashMap<>();
        gcLogs.add(Map.entry(gcLog, phaseStarts));
        // the service runs on the JDK the harness runs on (bench/run picks a Java 25)
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms" + settings.heap, "-Xmx" + settings.heap,
                "-Xlog:gc:file=" + gcLog));
        // e.g. a flight recording of the service: -XX:StartFlightRecording=filename=service.jfr,settings=profile
        command.addAll(settings.serviceJvmArgs);
        command.addAll(List.of("-jar", settings.jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + settings.databaseUrl,
                "--spring.datasource.username=" + settings.databaseUser,
                "--trial.db-schema=" + settings.schema,
                "--trial.schedule.enabled=false",
                "--trial.security.hmac-secret=" + Tokens.SECRET,
                // (h) delivers webhooks to a receiver of the harness's on loopback
                "--trial.webhooks.allow-loopback-http=true"));
        command.addAll(extraArgs);
        command.addAll(settings.serviceArgs);
        log("starting the service: %s", String.join(" ", command));
        service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolve("service.log").toFile())).start();
        pids.add(service.pid());
        serviceStarted = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped; see target/bench/service.log");
            }
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    log("service up on %s (pid %d)", base, service.pid());
                    heap = new HeapSampler(http, base);
                    samplers.add(heap);
                    heap.start();
                    return;
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not become healthy within 120 s");
    }

    private synchronized void stopService() {
        if (service != null && service.isAlive()) {
            service.destroy();
            try {
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            catch (InterruptedException ex) {
                service.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The database is shared: another service started on the same schema would have changed the data
     * and taken CPU while we measured. Every run it made is on record with its instance id.
     */
    private void checkNobodyElseUsedTheSchema() throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            String ours = String.join(" and ", pids.stream().map(pid -> "instance_id not like '" + pid + "@%'").toList());
            String others = scalar(sql, "select string_agg(distinct instance_id, ', ') from evaluation_run where " + ours);
            if (others != null) {
                throw new IllegalStateException("another service (" + others + ") ran evaluations on schema "
                        + settings.schema + " during the benchmark: the figures are not valid; use another BENCH_SCHEMA");
            }
        }
    }

    // --- the data set -----------------------------------------------------------------------------

    /**
     * Four categories over HTTP (registration is not what is measured, so the stores go in by SQL). At the
     * marketplace scale their agreements have an annual standard and fee terms, which the formal stores'
     * year and every store's fee statements are decided with.
     */
    private void createCategories(boolean agreementTerms) throws Exception {
        String[] codes = {"apparel", "electronics", "grocery", "home"};
        for (int c = 0; c < codes.length; c++) {
            int base = 40_000 + 20_000 * c;
            String terms = !agreementTerms ? "" : """
                    , "annual": { "salesTarget": %d, "serviceScoreTarget": 4.55 },
                      "fee": { "annualFee": 60000.00, "halfRefundSales": %d, "fullRefundSales": %d }"""
                    .formatted(1_200_000 + 200_000 * c, 1_400_000 + 100_000 * c, 1_900_000 + 100_000 * c);
            String body = """
                    { "code": "%s", "name": "%s", "targets": [
                      { "checkpoint": 1, "salesTarget": %d },
                      { "checkpoint": 2, "salesTarget": %d, "serviceScoreTarget": 4.50 },
                      { "checkpoint": 3, "salesTarget": %d, "serviceScoreTarget": 4.55 },
                      { "checkpoint": 4, "salesTarget": %d, "serviceScoreTarget": 4.60 } ]%s }"""
                    .formatted(codes[c], codes[c], base, base + 10_000, base + 20_000, base + 30_000, terms);
            expect(201, post("/api/categories", "application/json", HttpRequest.BodyPublishers.ofString(body)));
        }
    }

    /** The stores on trial, by SQL: launched 211..230 days before today, so that checkpoint 4 is due for each. */
    private void createTrialStores(DataSet data) throws Exception {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into store (name, merchant_id, category_id, store_type, launch_date, target_version_id,
                                       status, status_changed_at, created_at, next_checkpoint)
                    select 'bench store ' || g, 'm-' || (g %% 2000), c.id,
                           (array['FLAGSHIP', 'SPECIALTY', 'FRANCHISE'])[1 + g %% 3],
                           date '%s' - 211 - (g %% 20), v.id, 'TRIAL', now(), now(), 1
                      from generate_series(0, %d) g
                      join category c on c.code = (array['apparel', 'electronics', 'grocery', 'home'])[1 + g %% 4]
                      join target_version v on v.category_id = c.id and v.version = 1
                     order by g""".formatted(today, data.stores - 1));
            long[] range = idRange(sql, data, "TRIAL");
            firstStore = range[0];
            lastStore = range[1];
        }
        log("created %,d stores on trial (ids %d..%d)", data.stores, firstStore, lastStore);
    }

    /** The ids of the stores of {@code status}, which must be {@code data.stores} in a row; their first days into {@code data}. */
    private static long[] idRange(Statement sql, DataSet data, String status) throws SQLException {
        long first;
        long last;
        try (ResultSet rs = sql.executeQuery("select min(id), max(id), count(*) from store where status = '" + status + "'")) {
            rs.next();
            first = rs.getLong(1);
            last = rs.getLong(2);
            if (last - first + 1 != data.stores || rs.getLong(3) != data.stores) {
                throw new IllegalStateException("store ids are not contiguous");
            }
        }
        if (data.launch[0] == null) {
            try (ResultSet rs = sql.executeQuery("select launch_date from store where status = '" + status + "' order by id")) {
                int i = 0;
                while (rs.next()) {
                    data.launch[i++] = rs.getObject(1, LocalDate.class);
                }
            }
        }
        return new long[] {first, last};
    }

    private void uploadScoresAndViolations(DataSet data) throws Exception {
        StringBuilder scores = new StringBuilder("storeId,date,score\n");
        for (int i = 0; i < data.stores; i++) {
            scores.append(firstStore + i).append(',').append(data.launch[i].plusDays(199)).append(',')
                    .append(data.score(i)).append('\n');
        }
        HttpResponse<String> response = post("/api/bulk/service-scores", "text/csv",
                HttpRequest.BodyPublishers.ofString(scores.toString()));
        expect(200, response);
        try (Connection db = db(); Statement sql = db.createStatement()) {
            int violations = sql.executeUpdate("""
                    insert into violation (store_id, occurred_on, type, severity, points, created_at)
                    select s.id, s.launch_date + 100, 'LATE_SHIPMENT',
                           case when (s.id * 7919) % 100 = 0 then 'SERIOUS' else 'GENERAL' end, 6, now()
                      from store s where s.status = 'TRIAL' and (s.id * 7919) % 10 = 0""");
            log("uploaded %,d service scores through the bulk endpoint; inserted %,d violations", data.stores, violations);
        }
    }

    /** Checkpoints 1..3 passed, so that the run has exactly checkpoint 4 to decide for every store. */
    private void insertVerdictsForCheckpointsOneToThree() throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            int inserted = sql.executeUpdate("""
                    insert into verdict (store_id, checkpoint, due_date, outcome, decided_at, trigger, target_version_id,
                                         target_version, sales_cumulative, sales_months, sales_monthly_average,
                                         sales_target, sales_final_30_days, sales_basis, sales_passed, score_assessed,
                                         score, score_date, score_target, score_passed, serious_violations,
                                         general_points, general_points_bar, counted_violation_ids, compliance_passed)
                    select s.id, k, s.launch_date + d, 'PASSED', now(), 'SCHEDULE', s.target_version_id, 1,
                           t.sales_target * (d / 30), d / 30, t.sales_target, t.sales_target, null, 'MONTHLY_AVERAGE',
                           true, k > 1, case when k > 1 then 5.00 end, case when k > 1 then s.launch_date + d - 1 end,
                           t.service_score_target, true, 0, 0, 12, '{}', true
                      from store s
                      cross join (values (1, 30), (2, 90), (3, 150)) c(k, d)
                      join checkpoint_target t on t.target_version_id = s.target_version_id and t.checkpoint = k
                     where s.status = 'TRIAL'""");
            log("inserted %,d passed verdicts for checkpoints 1..3", inserted);
            planCheckpointFour(sql);
        }
    }

    /**
     * Stores the plan the rules make for every store on trial with checkpoints 1..3 passed: checkpoint 4;
     * also for those the run has since moved on (the formal stores of the marketplace scale keep theirs).
     */
    private void planCheckpointFour(Statement sql) throws SQLException {
        sql.execute("""
                update store set status = '%s', standing = null, next_decision = '%s', next_decision_number = 4,
                                 next_checkpoint = 4, next_decision_on = launch_date + %d
                 where id between %d and %d""".formatted(StoreStatus.TRIAL.name(),
                DecisionKind.CHECKPOINT.name(), Checkpoint.FOURTH.day(), firstStore, lastStore));
    }

    /** A few requests of every kind measured, so that the service's JIT has seen them once. */
    private void warmUp(DataSet data) throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 200; i++) {
                get("/api/stores/" + (firstStore + i) + "/assessment");
                get("/actuator/health");
            }
        }
        StringBuilder csv = new StringBuilder();
        for (int day = 0; day < 30; day++) {
            csv.append(firstStore).append(',').append(data.launch[0].plusDays(day)).append(",1.00\n");
        }
        for (int round = 0; round < 20; round++) {
            expect(200, post("/api/bulk/daily-sales", "text/csv", HttpRequest.BodyPublishers.ofString(csv.toString())));
            expect(200, put("/api/stores/" + firstStore + "/daily-sales", data.json(0, 30)));
        }
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute("truncate daily_sales");
        }
        log("warmed up");
    }

    // --- (a) raw COPY -----------------------------------------------------------------------------

    private void rawCopy(List<Path> csv, long rows) throws Exception {
        double withForeignKey = copyInto(csv, rows, true);
        double withoutForeignKey = copyInto(csv, rows, false);
        results.put("copyRowsPerSec", Math.round(rows / withForeignKey));
        results.put("copySeconds", round(withForeignKey, 2));
        results.put("copyNoForeignKeyRowsPerSec", Math.round(rows / withoutForeignKey));
        results.put("copyNoForeignKeySeconds", round(withoutForeignKey, 2));
        log("(a) raw COPY: %.2f s with the foreign key to store, %.2f s without", withForeignKey, withoutForeignKey);
    }

    /** COPY of the files, one after the other, into a new, empty table shaped like daily_sales; the seconds it took. */
    private double copyInto(List<Path> csv, long rows, boolean foreignKey) throws Exception {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute("drop table if exists copy_limit");
            sql.execute("create table copy_limit (like daily_sales including all)");
            sql.execute("alter table copy_limit alter column updated_at set default now()");
            if (foreignKey) {
                sql.execute("alter table copy_limit add foreign key (store_id) references store (id)");
            }
            checkpoint(sql);
            long started = System.nanoTime();
            long copied = 0;
            for (Path file : csv) {
                try (InputStream in = Files.newInputStream(file)) {
                    copied += db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy copy_limit (store_id, sales_date, amount) from stdin with (format csv, header true)", in);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (copied != rows) {
                throw new IllegalStateException("COPY stored " + copied + " rows, not " + rows);
            }
            sql.execute("drop table copy_limit");
            checkpoint(sql);
            return seconds;
        }
    }

    // --- (c) the per-store PUT --------------------------------------------------------------------

    private void perStorePut(DataSet data) throws Exception {
        int clients = settings.putClients;
        AtomicInteger next = new AtomicInteger();
        AtomicLong stored = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.putSeconds);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                int i;
                while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < data.stores) {
                    HttpResponse<String> response = put("/api/stores/" + (firstStore + i) + "/daily-sales",
                            data.json(i, DAYS));
                    if (response.statusCode() == 200) {
                        stored.addAndGet(DAYS);
                    }
                    else {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        long stores = Math.min(next.get(), data.stores);
        results.put("putRowsPerSec", Math.round(stored.get() / seconds));
        results.put("putRows", stored.get());
        results.put("putSeconds", round(seconds, 2));
        results.put("putClients", clients);
        results.put("putFailures", failures.get());
        log("(c) per-store PUT: %,d rows (%,d stores x %d days) in %.2f s with %d clients, %d failed requests",
                stored.get(), stores, DAYS, seconds, clients, failures.get());
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute("truncate daily_sales");
            checkpoint(sql);
        }
    }

    // --- (b) the bulk endpoint --------------------------------------------------------------------

    private void bulk(Path csv, long rows) throws Exception {
        double load = bulkUpload(csv, rows);
        double replay = bulkUpload(csv, rows);
        results.put("bulkRowsPerSec", Math.round(rows / load));
        results.put("bulkSeconds", round(load, 2));
        results.put("bulkReplayRowsPerSec", Math.round(rows / replay));
        results.put("bulkReplaySeconds", round(replay, 2));
        results.put("bulkServerLog", bulkLogLines());
        log("(b) bulk endpoint: %.2f s into the empty table, %.2f s replaying the same file", load, replay);
    }

    private double bulkUpload(Path csv, long rows) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = post("/api/bulk/daily-sales", "text/csv", HttpRequest.BodyPublishers.ofFile(csv));
        double seconds = (System.nanoTime() - started) / 1e9;
        expect(200, response);
        long stored = JSON.readTree(response.body()).get("stored").asLong();
        if (stored != rows) {
            throw new IllegalStateException("the bulk endpoint stored " + stored + " rows, not " + rows);
        }
        return seconds;
    }

    /** The service's own account of the bulk uploads: how long reading + COPY and checking + merging took. */
    private List<String> bulkLogLines() throws IOException {
        return Files.readAllLines(out.resolve("service.log")).stream()
                .filter(line -> line.contains("Bulk upload of DAILY_SALES stored "))
                .map(line -> line.substring(line.indexOf("Bulk upload")))
                .toList();
    }

    private void vacuumAnalyze() throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            long started = System.nanoTime();
            for (String table : List.of("daily_sales", "service_score", "violation", "store", "verdict")) {
                sql.execute("vacuum analyze " + table);
            }
            checkpoint(sql);
            log("vacuum analyze: %.1f s", (System.nanoTime() - started) / 1e9);
        }
    }

    // --- (d) the raw aggregate --------------------------------------------------------------------

    /** What the run must at least read: each store's sales over days 1..210 and over days 181..210. */
    static final String RAW_AGGREGATE = """
            select s.id, sum(d.amount) as cumulative,
                   sum(d.amount) filter (where d.sales_date >= s.launch_date + 180) as final_30_days
              from store s
              join daily_sales d on d.store_id = s.id and d.sales_date between s.launch_date and s.launch_date + 209
             where s.id between %d and %d
             group by s.id""";

    private void rawAggregate() throws SQLException {
        List<Double> times = new ArrayList<>();
        try (Connection db = db(); Statement sql = db.createStatement()) {
            for (int run = 0; run < 3; run++) {
                long started = System.nanoTime();
                int groups = 0;
                try (ResultSet rs = sql.executeQuery(RAW_AGGREGATE.formatted(firstStore, lastStore))) {
                    while (rs.next()) {
                        groups++;
                    }
                }
                times.add((System.nanoTime() - started) / 1e9);
                if (groups != stores) {
                    throw new IllegalStateException("the aggregate found " + groups + " stores");
                }
            }
        }
        times.sort(Double::compare);
        results.put("rawAggregatePlan", plan(RAW_AGGREGATE.formatted(firstStore, lastStore)));
        results.put("rawAggregateSeconds", round(times.get(1), 3));
        results.put("rawAggregateRunsSeconds", times.stream().map(t -> round(t, 3)).toList());
        log("(d) raw aggregate over %,d stores: median %.3f s of %s", stores, times.get(1), times);
    }

    // --- (e) the evaluation run -------------------------------------------------------------------

    /**
     * Five full runs ({@code BENCH_EVALUATION_RUNS}), each deciding checkpoint 4 for every store: between
     * runs the checkpoint-4 verdicts, status changes and statuses are put back by SQL. The first run is
     * the service's first evaluation since it started (JIT cold, about twice as slow) and the next one or
     * two still speed up; the figure is the median, like the aggregate's, and the cold run is kept too.
     */
    private void evaluationRun() throws Exception {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < settings.evaluationRuns; run++) {
            if (run > 0) {
                undoCheckpointFour();
            }
            times.add(evaluationRunOnce(run == 0));
        }
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(Double::compare);
        double median = sorted.get(sorted.size() / 2);
        results.put("evaluationRunSeconds", round(median, 2));
        results.put("evaluationRunColdSeconds", round(times.get(0), 2));
        // the JIT keeps speeding the run up for several runs: the fastest is closest to a long-running service
        results.put("evaluationRunFastestSeconds", round(sorted.get(0), 2));
        results.put("evaluationRunsSeconds", times.stream().map(t -> round(t, 2)).toList());
        log("(e) evaluation runs: median %.2f s of %s (the first in a fresh JVM)", median, times);
        if (settings.concurrentRuns > 1 && settings.scale == Scale.QUICK) {
            concurrentEvaluationRuns(settings.concurrentRuns);
        }
    }

    /**
     * For the scaling notes: {@code n} runs started at once share the stores through their claims, as runs
     * on {@code n} instances would. The time from the first start to the last finish, median of three.
     */
    private void concurrentEvaluationRuns(int n) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int repetition = 0; repetition < 3; repetition++) {
            undoCheckpointFour();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HttpResponse<String> response = post("/api/evaluation-runs", "application/json",
                        HttpRequest.BodyPublishers.noBody());
                expect(202, response);
                ids.add(JSON.readTree(response.body()).get("id").asLong());
            }
            OffsetDateTime first = null;
            OffsetDateTime last = null;
            long verdicts = 0;
            for (long id : ids) {
                JsonNode run;
                do {
                    Thread.sleep(100);
                    run = JSON.readTree(get("/api/evaluation-runs/" + id).body());
                }
                while (run.path("finishedAt").isNull() || run.path("finishedAt").isMissingNode());
                OffsetDateTime started = OffsetDateTime.parse(run.get("startedAt").asString());
                OffsetDateTime finished = OffsetDateTime.parse(run.get("finishedAt").asString());
                first = first == null || started.isBefore(first) ? started : first;
                last = last == null || finished.isAfter(last) ? finished : last;
                verdicts += run.get("verdicts").asLong();
            }
            if (verdicts != stores) {
                throw new IllegalStateException(n + " concurrent runs decided " + verdicts + " checkpoints, not "
                        + stores);
            }
            times.add(Duration.between(first, last).toNanos() / 1e9);
        }
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(Double::compare);
        results.put("evaluationConcurrentRuns", n);
        results.put("evaluationConcurrentRunsSeconds", round(sorted.get(1), 2));
        log("(e) %d runs at once: median %.2f s of %s", n, sorted.get(1), times);
    }

    /**
     * Puts the stores back to before the run. Deleting verdicts makes PostgreSQL check the foreign keys
     * that point at them (supersedes_id, store_status_change.verdict_id), which have no index because
     * the service never deletes a verdict: with 40,000 verdicts that takes a minute. Where allowed
     * (superuser), those checks are skipped for this session; nothing points at the deleted rows.
     */
    private void undoCheckpointFour() throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            try {
                sql.execute("set session_replication_role = replica");
            }
            catch (SQLException ex) {
                log("cannot skip foreign key checks (%s); the reset takes longer", ex.getMessage());
            }
            sql.execute("delete from store_status_change");
            sql.execute("delete from store_claim");
            sql.execute("delete from verdict where checkpoint = 4");
            // the statements of the trials that checkpoint 4 ended (the marketplace's agreements have fee terms)
            sql.execute("delete from fee_statement where cause = 'TERMINATED'");
            planCheckpointFour(sql);
            sql.execute("reset session_replication_role");
            for (String table : List.of("store_status_change", "verdict", "store", "store_claim", "fee_statement")) {
                sql.execute("vacuum analyze " + table);
            }
            checkpoint(sql);
        }
    }

    /** One run started over HTTP and followed until it finished; its duration as the service recorded it. */
    private double evaluationRunOnce(boolean first) throws Exception {
        RunResult result = runOnce();
        JsonNode run = result.run();
        if (first) {
            for (String field : List.of("storesEvaluated", "verdicts", "passed", "failed", "awaitingData", "errors")) {
                results.put("evaluationRun" + Character.toUpperCase(field.charAt(0)) + field.substring(1),
                        run.get(field).asLong());
            }
        }
        if (run.get("verdicts").asLong() != stores || run.get("errors").asLong() != 0) {
            throw new IllegalStateException("the run decided " + run.get("verdicts") + " checkpoints, not "
                    + stores + ", with " + run.get("errors") + " errors");
        }
        try (Connection db = db(); Statement sql = db.createStatement()) {
            long fourth = Long.parseLong(scalar(sql, "select count(*) from verdict where checkpoint = 4 and superseded_at is null"));
            if (fourth != stores) {
                throw new IllegalStateException(fourth + " stores have a verdict for checkpoint 4, not " + stores);
            }
        }
        return result.seconds();
    }

    record RunResult(double seconds, JsonNode run) {
    }

    /** Starts a run over HTTP and follows it until it has finished. */
    private RunResult runOnce() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = post("/api/evaluation-runs", "application/json",
                HttpRequest.BodyPublishers.noBody());
        expect(202, response);
        long id = JSON.readTree(response.body()).get("id").asLong();
        JsonNode run;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.evaluationTimeoutSeconds);
        do {
            Thread.sleep(100);
            run = JSON.readTree(get("/api/evaluation-runs/" + id).body());
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the evaluation run did not finish in time: " + run);
            }
        }
        while (run.path("finishedAt").isNull() || run.path("finishedAt").isMissingNode());
        double wall = (System.nanoTime() - started) / 1e9;
        double seconds = Duration.between(OffsetDateTime.parse(run.get("startedAt").asString()),
                OffsetDateTime.parse(run.get("finishedAt").asString())).toNanos() / 1e9;
        log("evaluation run %d: %.2f s (%.2f s until seen finished): %s", id, seconds, wall, run);
        return new RunResult(seconds, run);
    }

    // --- (f) the dashboard under load -------------------------------------------------------------

    private void load() throws Exception {
        Wrk health = wrk("/actuator/health", null, "health");
        Wrk assessment = randomStores("assessment", firstStore, lastStore);
        results.put("healthRps", Math.round(health.rps));
        results.put("healthP99Ms", round(health.p99Ms, 2));
        results.put("assessmentRps", Math.round(assessment.rps));
        results.put("assessmentP99Ms", round(assessment.p99Ms, 2));
        results.put("assessmentP50Ms", round(assessment.p50Ms, 2));
        results.put("healthP50Ms", round(health.p50Ms, 2));
        results.put("loadConnections", settings.connections);
        results.put("loadThreads", settings.wrkThreads);
        results.put("loadSeconds", settings.loadSeconds);
        results.put("loadErrors", health.errors + assessment.errors);
        log("(f) health: %.0f req/s, p50 %.2f ms, p99 %.2f ms; assessment: %.0f req/s, p50 %.2f ms, p99 %.2f ms",
                health.rps, health.p50Ms, health.p99Ms, assessment.rps, assessment.p50Ms, assessment.p99Ms);
    }

    /** {@code GET /api/stores/{id}/<view>} for store ids drawn at random (fixed seed) from {@code first..last}. */
    private Wrk randomStores(String view, long first, long last) throws Exception {
        Path script = out.resolve(view + ".lua");
        Files.writeString(script, """
                -- GET /api/stores/{id}/%s for stores picked at random (fixed seed) among the data set
                math.randomseed(%d)
                request = function()
                  return wrk.format("GET", "/api/stores/" .. math.random(%d, %d) .. "/%s")
                end
                """.formatted(view, settings.seed, first, last, view));
        return wrk("/", script, view);
    }

    record Wrk(double rps, double p50Ms, double p99Ms, long errors) {
    }

    /** A warm-up of 5 s, then the measured run; both with the same connections. */
    private Wrk wrk(String path, Path script, String name) throws Exception {
        runWrk(path, script, 5);
        String output = runWrk(path, script, settings.loadSeconds);
        Files.writeString(out.resolve("wrk-" + name + ".txt"), output);
        Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!rps.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output:\n" + output);
        }
        Matcher errors = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        Matcher socketErrors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(output);
        long errorCount = errors.find() ? Long.parseLong(errors.group(1)) : 0;
        if (socketErrors.find()) {
            for (int g = 1; g <= 4; g++) {
                errorCount += Long.parseLong(socketErrors.group(g));
            }
        }
        return new Wrk(Double.parseDouble(rps.group(1)), percentile(output, "50%"), percentile(output, "99%"), errorCount);
    }

    private String runWrk(String path, Path script, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + settings.wrkThreads, "-c" + settings.connections,
                "-d" + seconds + "s", "--latency", "--timeout", "5s", "-H", "Authorization: " + bearer()));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(base + path);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return output;
    }

    /** A latency percentile of wrk's "Latency Distribution", in milliseconds. */
    private static double percentile(String output, String percentile) {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    // --- (h) the daily run with webhooks -----------------------------------------------------------

    /**
     * (h) The run of (e) with a subscription to every event type, its deliveries posted to a receiver
     * of the harness's on loopback (answering 204 at once): the median of three runs, against (e)'s,
     * and the time until the receiver has every event the runs recorded.
     */
    private void webhookRuns() throws Exception {
        java.util.Set<String> received = java.util.concurrent.ConcurrentHashMap.newKeySet();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 128);
        java.util.concurrent.ExecutorService receiving = java.util.concurrent.Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiving);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            synchronized (received) {
                received.notifyAll();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String events = String.join(",", java.util.Arrays.stream(
                    com.marketplace.trialassessment.notification.EventType.values())
                    .map(t -> "\"" + t.wireName() + "\"").toList());
            expect(201, post("/api/webhook-subscriptions", "application/json", HttpRequest.BodyPublishers.ofString(
                    "{ \"url\": \"http://127.0.0.1:%d/hooks\", \"events\": [%s] }".formatted(
                            receiver.getAddress().getPort(), events))));
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                undoCheckpointFour();
                times.add(evaluationRunOnce(false));
            }
            List<Double> sorted = new ArrayList<>(times);
            sorted.sort(Double::compare);
            double median = sorted.get(1);
            long recorded;
            try (Connection db = db(); Statement sql = db.createStatement()) {
                recorded = Long.parseLong(scalar(sql, "select count(*) from webhook_event"));
            }
            long waited = System.nanoTime();
            long deadline = waited + Duration.ofMinutes(5).toNanos();
            // woken by every delivery the receiver takes, so the time is that of the last one
            synchronized (received) {
                for (long left = deadline - System.nanoTime(); received.size() < recorded && left > 0;
                        left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(received, left);
                }
            }
            double deliverySeconds = (System.nanoTime() - waited) / 1e9;
            results.put("webhookRunSeconds", round(median, 2));
            results.put("webhookRunsSeconds", times.stream().map(t -> round(t, 2)).toList());
            results.put("webhookEvents", recorded);
            results.put("webhookDelivered", received.size());
            results.put("webhookDeliveredAfterRunsSeconds", round(deliverySeconds, 1));
            log("(h) evaluation runs with a subscription to every event: median %.2f s of %s; %,d events recorded, "
                    + "%,d delivered, the last %.1f s after the runs", median, times, recorded, received.size(),
                    deliverySeconds);
        }
        finally {
            receiver.stop(0);
            // its threads are not daemons: left running, they keep the harness from exiting
            receiving.shutdownNow();
        }
    }

    // --- (g) the finance export -------------------------------------------------------------------

    private static final String INSERT_STATEMENTS = """
            insert into fee_statement (store_id, year, cause, due_date, issued_at, trigger, target_version_id,
                                       target_version, first_trading_day, last_trading_day, months, annual_fee,
                                       charged, unused_refund, sales, half_refund_threshold, full_refund_threshold,
                                       serious_violations, tier, tier_refund, forfeited, total_refund, status, voided_at)
            select s.id, 2030, 'YEAR_END', date '2031-01-01', now(), 'SCHEDULE', s.target_version_id, 1,
                   date '2030-01-01', date '2030-12-31', 12, 60000.00, 60000.00, 0.00, 400000.00, 360000.00,
                   1200000.00, 0, 'HALF', 30000.00, false, 30000.00, '%s', %s
              from store s cross join generate_series(1, %d)""";

    /**
     * (g) {@code GET /api/fee-statements?year=2030} as CSV: one statement per store, then ten per store
     * (nine of them void), each export timed and read to the end as it streams in; its heap is the
     * phase's (live after a collection, in the GC log, stays flat when the export streams).
     */
    private void exportFeeStatements() throws Exception {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute(INSERT_STATEMENTS.formatted("ISSUED", "null", 1));
            sql.execute("vacuum analyze fee_statement");
        }
        phase("g-export-" + stores);
        exportOnce(stores, "export");
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute(INSERT_STATEMENTS.formatted("VOID", "now()", 9));
            sql.execute("vacuum analyze fee_statement");
        }
        phase("g-export-" + stores * 10);
        exportOnce(stores * 10, "exportTenfold");
    }

    private void exportOnce(int expected, String key) throws Exception {
        long started = System.nanoTime();
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(
                URI.create(base + "/api/fee-statements?year=2030")).timeout(Duration.ofMinutes(10))
                .header("Authorization", bearer()).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                bytes += line.length() + 2;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() != 200 || lines != expected + 1) {
            throw new IllegalStateException("export: status " + response.statusCode() + ", " + lines + " lines for "
                    + expected + " statements");
        }
        results.put(key + "Statements", expected);
        results.put(key + "Seconds", round(seconds, 2));
        results.put(key + "RowsPerSec", Math.round(expected / seconds));
        results.put(key + "Bytes", bytes);
        log("(g) CSV export of %,d statements: %.2f s, %,d bytes", expected, seconds, bytes);
    }

    // --- the marketplace scale (bench/run --scale marketplace) ------------------------------------

    /**
     * One size of the marketplace: {@code stores} stores on trial (checkpoint 4 due, as in the quick run)
     * and as many formal stores, formal since 1 January of this year with a sale on each of its days. The
     * service runs on the rehearsal clock ({@code local} profile), first on 31 December of this year, so
     * that the formal stores' year is complete and the standing reads all of it, then restarted on
     * 1 January for the year-end run.
     */
    private void measureMarketplace() throws Exception {
        Files.createDirectories(out);
        long started = System.nanoTime();
        LocalDate realToday = LocalDate.now(ZONE);
        int year = realToday.getYear();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        int yearDays = java.time.Year.of(year).length();
        long rows = (long) stores * DAYS + (long) stores * yearDays;
        today = yearEnd;
        log("marketplace: %,d stores on trial x %d days + %,d formal stores x %d days = %,d daily sales rows, "
                + "seed %d; schema %s; business dates %s and %s (real date %s, %s)", stores, DAYS, stores, yearDays,
                rows, settings.seed, settings.schema, yearEnd, yearEnd.plusDays(1), realToday, ZONE);
        recreateSchema();
        startService(rehearsalClock(realToday, yearEnd));
        try {
            phase("setup");
            createCategories(true);
            DataSet trial = new DataSet(settings.seed, stores);
            createTrialStores(trial);
            DataSet formal = new DataSet(settings.seed + 1, stores, yearDays);
            createFormalStores(formal, year);
            CsvParts csv;
            try (CsvParts parts = new CsvParts(out.resolve("daily_sales.csv"), settings.bulkPartRows)) {
                trial.write(parts, firstStore);
                formal.write(parts, firstFormal);
                csv = parts;
            }
            if (csv.rows() != rows) {
                throw new IllegalStateException("wrote " + csv.rows() + " rows, not " + rows);
            }
            log("wrote %,d rows in %d files of at most %,d rows", rows, csv.files().size(), settings.bulkPartRows);
            uploadScoresAndViolations(trial);
            uploadFormalScoresAndViolations(formal, year);
            insertVerdictsForCheckpointsOneToThree();
            warmUp(trial);
            warmUpStanding();

            phase("a-copy");
            rawCopy(csv.files(), rows);
            phase("b-bulk");
            bulkInParts(csv);
            phase("maintenance");
            vacuumAnalyze();
            diskFigures(rows);
            phase("c-aggregate");
            rawAggregate();
            phase("f-load");
            load();
            Wrk standing = randomStores("annual-standing", firstFormal, lastFormal);
            results.put("standingRps", Math.round(standing.rps));
            results.put("standingP50Ms", round(standing.p50Ms, 2));
            results.put("standingP99Ms", round(standing.p99Ms, 2));
            results.put("loadErrors", ((Number) results.get("loadErrors")).longValue() + standing.errors);
            log("(f) annual standing: %.0f req/s, p50 %.2f ms, p99 %.2f ms", standing.rps, standing.p50Ms, standing.p99Ms);
            phase("d-trial-run");
            evaluationRun();
            phase("c-year-end-aggregate");
            yearEndAggregate(year);
        }
        finally {
            heap.stop();
            stopService();
        }
        today = yearEnd.plusDays(1);
        startService(rehearsalClock(realToday, today));
        try {
            phase("e-year-end-run");
            yearEndRun(year);
        }
        finally {
            heap.stop();
            stopService();
        }
        finish(started);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("storesOnTrial", stores);
        context.put("formalStores", stores);
        context.put("trialDays", DAYS);
        context.put("formalDays", yearDays);
        context.put("rows", rows);
        context.put("businessDates", List.of(yearEnd.toString(), yearEnd.plusDays(1).toString()));
        results.put("context", context);
        Files.writeString(out.resolve("results.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
    }

    /**
     * The rehearsal clock that makes {@code businessDate} today ({@code local} profile; the tokens are the
     * harness's, so its issuer is set too).
     */
    private static List<String> rehearsalClock(LocalDate realToday, LocalDate businessDate) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(realToday, businessDate);
        return List.of("--spring.profiles.active=local", "--trial.business-clock.offset=P" + days + "D",
                "--trial.security.issuer=" + Tokens.ISSUER);
    }

    private long firstFormal;
    private long lastFormal;

    /**
     * The formal stores, by SQL, planned as the rules plan a formal store with nothing decided yet: formal
     * since 1 January of {@code year} (launched 210 days before), the assessment of {@code year} due on
     * 1 January after it.
     */
    private void createFormalStores(DataSet data, int year) throws SQLException {
        LocalDate january = LocalDate.of(year, 1, 1);
        LocalDate launch = january.minusDays(Checkpoint.FOURTH.day());
        if (!com.marketplace.trialassessment.rules.FormalYears.formalSince(launch).equals(january)) {
            throw new IllegalStateException("a store launched on " + launch + " is not formal since " + january);
        }
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into store (name, merchant_id, category_id, store_type, launch_date, target_version_id,
                                       status, standing, status_changed_at, created_at, next_decision,
                                       next_decision_number, next_decision_on)
                    select 'formal store ' || g, 'm-' || (g %% 2000), c.id,
                           (array['FLAGSHIP', 'SPECIALTY', 'FRANCHISE'])[1 + g %% 3],
                           date '%s', v.id, '%s', '%s', now(), now(), '%s', %d, date '%s'
                      from generate_series(0, %d) g
                      join category c on c.code = (array['apparel', 'electronics', 'grocery', 'home'])[1 + g %% 4]
                      join target_version v on v.category_id = c.id and v.version = 1
                     order by g""".formatted(launch, StoreStatus.FORMAL.name(),
                    com.marketplace.trialassessment.rules.Standing.GOOD.name(), DecisionKind.ANNUAL_ASSESSMENT.name(),
                    year, com.marketplace.trialassessment.rules.FormalYears.assessmentDue(year), data.stores - 1));
            java.util.Arrays.fill(data.launch, january);
            long[] range = idRange(sql, data, StoreStatus.FORMAL.name());
            firstFormal = range[0];
            lastFormal = range[1];
            // the statement of their trial year, issued on 1 January of this year (the 1 January run would
            // otherwise catch it up): launched on 5 June or so, seven months charged, no tier reached
            int months = 13 - launch.getMonthValue();
            sql.execute("""
                    insert into fee_statement (store_id, year, cause, due_date, issued_at, trigger, target_version_id,
                                               target_version, first_trading_day, last_trading_day, months, annual_fee,
                                               charged, unused_refund, sales, half_refund_threshold,
                                               full_refund_threshold, serious_violations, tier, tier_refund, forfeited,
                                               total_refund, status)
                    select s.id, %1$d, 'YEAR_END', date '%2$s', now(), 'SCHEDULE', s.target_version_id, 1, s.launch_date,
                           date '%1$d-12-31', %3$d, 60000.00, round(60000.00 * %3$d / 12, 2),
                           60000.00 - round(60000.00 * %3$d / 12, 2), 0.00, 700000.00, 1000000.00, 0, 'NONE', 0.00,
                           false, 60000.00 - round(60000.00 * %3$d / 12, 2), 'ISSUED'
                      from store s where s.id between %4$d and %5$d""".formatted(year - 1, january, months,
                    firstFormal, lastFormal));
        }
        log("created %,d formal stores (ids %d..%d), formal since %s", data.stores, firstFormal, lastFormal, january);
    }

    /**
     * A score for every formal store on 1 December (through the bulk endpoint); a GENERAL violation in June
     * for 10 % of them and a SERIOUS one for 1 % (by SQL).
     */
    private void uploadFormalScoresAndViolations(DataSet data, int year) throws Exception {
        StringBuilder scores = new StringBuilder("storeId,date,score\n");
        for (int i = 0; i < data.stores; i++) {
            scores.append(firstFormal + i).append(',').append(LocalDate.of(year, 12, 1)).append(',')
                    .append(data.score(i)).append('\n');
        }
        expect(200, post("/api/bulk/service-scores", "text/csv", HttpRequest.BodyPublishers.ofString(scores.toString())));
        try (Connection db = db(); Statement sql = db.createStatement()) {
            int violations = sql.executeUpdate("""
                    insert into violation (store_id, occurred_on, type, severity, points, created_at)
                    select s.id, date '%d-06-01', 'LATE_SHIPMENT',
                           case when (s.id * 7919) %% 100 = 0 then 'SERIOUS' else 'GENERAL' end, 6, now()
                      from store s where s.id between %d and %d and (s.id * 7919) %% 10 = 0"""
                    .formatted(year, firstFormal, lastFormal));
            log("uploaded %,d formal stores' scores through the bulk endpoint; inserted %,d violations", data.stores,
                    violations);
        }
    }

    private void warmUpStanding() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 200; i++) {
                expect(200, get("/api/stores/" + (firstFormal + i) + "/annual-standing"));
            }
        }
    }

    /** (b) at the marketplace scale: the files one after the other, each one upload into the empty table. */
    private void bulkInParts(CsvParts csv) throws Exception {
        double seconds = 0;
        for (int i = 0; i < csv.files().size(); i++) {
            seconds += bulkUpload(csv.files().get(i), csv.rowsPerFile().get(i));
        }
        results.put("bulkRowsPerSec", Math.round(csv.rows() / seconds));
        results.put("bulkSeconds", round(seconds, 2));
        results.put("bulkUploads", csv.files().size());
        results.put("bulkServerLog", bulkLogLines());
        log("(b) bulk endpoint: %,d rows in %d uploads, %.2f s into the empty table", csv.rows(), csv.files().size(),
                seconds);
    }

    /** (g) the size of daily_sales (and of the whole schema) on disk, per million sales rows. */
    private void diskFigures(long rows) throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("""
                        select pg_relation_size('daily_sales'), pg_indexes_size('daily_sales'),
                               pg_total_relation_size('daily_sales'),
                               (select sum(pg_total_relation_size(c.oid)) from pg_class c
                                  join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = current_schema() and c.relkind = 'r')""")) {
            rs.next();
            double millions = rows / 1e6;
            results.put("dailySalesHeapMb", round(rs.getLong(1) / 1048576.0, 1));
            results.put("dailySalesIndexesMb", round(rs.getLong(2) / 1048576.0, 1));
            results.put("dailySalesTotalMb", round(rs.getLong(3) / 1048576.0, 1));
            results.put("dailySalesBytesPerRow", round(rs.getLong(3) / (double) rows, 1));
            results.put("dailySalesMbPerMillionRows", round(rs.getLong(3) / 1048576.0 / millions, 1));
            results.put("schemaMb", round(rs.getLong(4) / 1048576.0, 1));
            results.put("schemaMbPerMillionRows", round(rs.getLong(4) / 1048576.0 / millions, 1));
            log("(g) daily_sales on disk: %.0f MB (%.0f heap + %.0f indexes), %.1f bytes per row; schema %.0f MB",
                    rs.getLong(3) / 1048576.0, rs.getLong(1) / 1048576.0, rs.getLong(2) / 1048576.0,
                    rs.getLong(3) / (double) rows, rs.getLong(4) / 1048576.0);
        }
    }

    /**
     * What the 1 January decisions must at least read: each formal store's sales over its days of the year
     * (the assessment's sales and, the same days, its statement's): every store formal after the trial run.
     */
    static final String YEAR_END_AGGREGATE = """
            select s.id, sum(d.amount) as sales
              from store s
              join daily_sales d on d.store_id = s.id
                                and d.sales_date between greatest(s.launch_date, date '%1$d-01-01') and date '%1$d-12-31'
             where s.status = 'FORMAL'
             group by s.id""";

    private void yearEndAggregate(int year) throws SQLException {
        List<Double> times = new ArrayList<>();
        long formal;
        try (Connection db = db(); Statement sql = db.createStatement()) {
            formal = Long.parseLong(scalar(sql, "select count(*) from store where status = 'FORMAL'"));
            for (int run = 0; run < 3; run++) {
                long started = System.nanoTime();
                int groups = 0;
                try (ResultSet rs = sql.executeQuery(YEAR_END_AGGREGATE.formatted(year))) {
                    while (rs.next()) {
                        groups++;
                    }
                }
                times.add((System.nanoTime() - started) / 1e9);
                if (groups != formal) {
                    throw new IllegalStateException("the year-end aggregate found " + groups + " stores, not " + formal);
                }
            }
        }
        times.sort(Double::compare);
        results.put("yearEndAggregatePlan", plan(YEAR_END_AGGREGATE.formatted(year)));
        results.put("yearEndFormalStores", formal);
        results.put("yearEndAggregateSeconds", round(times.get(1), 3));
        results.put("yearEndAggregateRunsSeconds", times.stream().map(t -> round(t, 3)).toList());
        log("(c) year-end aggregate over %,d formal stores: median %.3f s of %s", formal, times.get(1), times);
    }

    /**
     * (e) the run on 1 January: the annual assessment of every store formal in the year before and the
     * YEAR_END statement of every store still trading (the trial stores the trial run made formal included).
     */
    private void yearEndRun(int year) throws Exception {
        long formal = ((Number) results.get("yearEndFormalStores")).longValue();
        RunResult result = runOnce();
        JsonNode run = result.run();
        for (String field : List.of("storesEvaluated", "annualResults", "feeStatements", "clearances", "awaitingData",
                "errors")) {
            results.put("yearEndRun" + Character.toUpperCase(field.charAt(0)) + field.substring(1), run.get(field).asLong());
        }
        if (run.get("errors").asLong() != 0 || run.get("annualResults").asLong() != formal
                || run.get("feeStatements").asLong() != formal) {
            throw new IllegalStateException("the year-end run decided " + run.get("annualResults") + " assessments and "
                    + run.get("feeStatements") + " statements, not " + formal + " each, with " + run.get("errors")
                    + " errors");
        }
        try (Connection db = db(); Statement sql = db.createStatement()) {
            long statements = Long.parseLong(scalar(sql, "select count(*) from fee_statement where year = " + year
                    + " and cause = 'YEAR_END'"));
            if (statements != formal) {
                throw new IllegalStateException(statements + " YEAR_END statements of " + year + ", not " + formal);
            }
        }
        results.put("yearEndRunSeconds", round(result.seconds(), 2));
        log("(e) year-end run: %.2f s for %,d assessments and statements", result.seconds(), formal);
    }

    /**
     * {@code bench/run --scale marketplace}: the marketplace at each of {@code BENCH_SIZES} (10,000 and
     * 100,000 stores on trial, as many formal stores), one after the other in one run, each on a fresh
     * schema; then how the cost grew from one size to the next (the exponent of a power law, 1 = linear),
     * and the targets, checked at every size. Each size's figures are in
     * {@code target/bench/marketplace-<size>/results.json}; {@code target/bench/results.json} holds the
     * largest size's figures under today's keys, every size's under {@code sizes} and the exponents.
     */
    static final class Marketplace {

        /** The measures whose cost should grow with the data: seconds at each size. */
        static final List<String> GROWING = List.of("copySeconds", "bulkSeconds", "rawAggregateSeconds",
                "evaluationRunSeconds", "yearEndAggregateSeconds", "yearEndRunSeconds");

        static void run(Settings settings) throws Exception {
            Map<Integer, Map<String, Object>> bySize = new LinkedHashMap<>();
            locked(settings, () -> {
                for (int size : settings.sizes) {
                    BenchmarkHarness harness = new BenchmarkHarness(settings, size,
                            Path.of("target", "bench", "marketplace-" + size));
                    Thread hook = new Thread(harness::stopService);
                    Runtime.getRuntime().addShutdownHook(hook);
                    harness.measureMarketplace();
                    Runtime.getRuntime().removeShutdownHook(hook);
                    bySize.put(size, harness.results);
                }
            });
            report(settings, bySize);
        }

        static void report(Settings settings, Map<Integer, Map<String, Object>> bySize) throws IOException {
            List<Integer> sizes = new ArrayList<>(bySize.keySet());
            Map<String, Object> exponents = new LinkedHashMap<>();
            if (sizes.size() > 1) {
                int small = sizes.get(0);
                int large = sizes.get(sizes.size() - 1);
                for (String key : GROWING) {
                    double ratio = number(bySize.get(large), key) / number(bySize.get(small), key);
                    exponents.put(key, round(Math.log(ratio) / Math.log((double) large / small), 2));
                }
            }
            Map<String, Object> targetsBySize = new LinkedHashMap<>();
            bySize.forEach((size, figures) -> targetsBySize.put(String.valueOf(size), targets(figures)));
            Map<String, Object> document = new LinkedHashMap<>(bySize.get(sizes.get(sizes.size() - 1)));
            document.put("scale", "marketplace");
            document.put("sizes", bySize);
            document.put("growthExponents", exponents);
            document.put("growthExponentTarget", "<= 1.1");
            document.put("growthExponentsMet", exponents.values().stream().allMatch(e -> ((Number) e).doubleValue() <= 1.1));
            document.put("targets", targetsBySize);
            document.put("context", machine(settings));
            Path file = Path.of("target", "bench", "results.json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");

            List<String> lines = new ArrayList<>();
            StringBuilder header = new StringBuilder("| measure |");
            StringBuilder rule = new StringBuilder("|---|");
            for (int size : sizes) {
                header.append(" %,d + %,d stores |".formatted(size, size));
                rule.append("---|");
            }
            header.append(" exponent |");
            rule.append("---|");
            lines.add("");
            lines.add(header.toString());
            lines.add(rule.toString());
            lines.add(line(bySize, "daily sales rows", f -> "%,d".formatted(((Number) ((Map<?, ?>) f.get("context")).get("rows")).longValue()), ""));
            lines.add(line(bySize, "(a) raw COPY", f -> "%,d rows/s (%s s)".formatted(f.get("copyRowsPerSec"), f.get("copySeconds")), exponents.get("copySeconds")));
            lines.add(line(bySize, "(b) bulk endpoint (>= 0.8 x COPY)", f -> "%,d rows/s (%s s), %.2f x COPY".formatted(
                    f.get("bulkRowsPerSec"), f.get("bulkSeconds"), number(f, "bulkRowsPerSec") / number(f, "copyRowsPerSec")), exponents.get("bulkSeconds")));
            lines.add(line(bySize, "(c) raw aggregate, trial checkpoints", f -> "%s s".formatted(f.get("rawAggregateSeconds")), exponents.get("rawAggregateSeconds")));
            lines.add(line(bySize, "(d) daily trial run (<= 3 x aggregate)", f -> "%s s, %.1f x".formatted(f.get("evaluationRunSeconds"),
                    number(f, "evaluationRunSeconds") / number(f, "rawAggregateSeconds")), exponents.get("evaluationRunSeconds")));
            lines.add(line(bySize, "(c) raw aggregate, the year of every formal store", f -> "%s s".formatted(f.get("yearEndAggregateSeconds")), exponents.get("yearEndAggregateSeconds")));
            lines.add(line(bySize, "(e) 1 January run (<= 3 x aggregate)", f -> "%s s, %.1f x".formatted(f.get("yearEndRunSeconds"),
                    number(f, "yearEndRunSeconds") / number(f, "yearEndAggregateSeconds")), exponents.get("yearEndRunSeconds")));
            lines.add(line(bySize, "(f) health", f -> "%,d req/s, p99 %s ms".formatted(f.get("healthRps"), f.get("healthP99Ms")), ""));
            lines.add(line(bySize, "(f) GET /assessment (>= 0.5 x health, p99 < 50 ms)", f -> "%,d req/s, p99 %s ms, %.2f x".formatted(
                    f.get("assessmentRps"), f.get("assessmentP99Ms"), number(f, "assessmentRps") / number(f, "healthRps")), ""));
            lines.add(line(bySize, "(f) GET /annual-standing (>= 0.5 x health, p99 < 50 ms)", f -> "%,d req/s, p99 %s ms, %.2f x".formatted(
                    f.get("standingRps"), f.get("standingP99Ms"), number(f, "standingRps") / number(f, "healthRps")), ""));
            lines.add(line(bySize, "(g) heap in use, peak (< 512 MB)", f -> "%s MB".formatted(f.get("peakHeapMb")), ""));
            lines.add(line(bySize, "(g) daily_sales on disk per million rows", f -> "%s MB (%s bytes/row)".formatted(
                    f.get("dailySalesMbPerMillionRows"), f.get("dailySalesBytesPerRow")), ""));
            lines.add(line(bySize, "benchmark time", f -> "%s s".formatted(f.get("benchmarkSeconds")), ""));
            lines.add("");
            System.out.println(String.join("\n", lines));
            log("results written to %s", file);
        }

        /** The targets of issue 18 at one size. */
        static Map<String, Object> targets(Map<String, Object> f) {
            Map<String, Object> targets = new LinkedHashMap<>();
            double bulk = number(f, "bulkRowsPerSec") / number(f, "copyRowsPerSec");
            double trialRun = number(f, "evaluationRunSeconds") / number(f, "rawAggregateSeconds");
            double yearEndRun = number(f, "yearEndRunSeconds") / number(f, "yearEndAggregateSeconds");
            double assessment = number(f, "assessmentRps") / number(f, "healthRps");
            double standing = number(f, "standingRps") / number(f, "healthRps");
            targets.put("bulkToCopy", Map.of("value", round(bulk, 2), "target", ">= 0.8", "met", bulk >= 0.8));
            targets.put("trialRunToAggregate", Map.of("value", round(trialRun, 1), "target", "<= 3", "met", trialRun <= 3));
            targets.put("yearEndRunToAggregate", Map.of("value", round(yearEndRun, 1), "target", "<= 3", "met", yearEndRun <= 3));
            targets.put("assessmentToHealth", Map.of("value", round(assessment, 2), "target", ">= 0.5", "met", assessment >= 0.5));
            targets.put("assessmentP99Ms", Map.of("value", f.get("assessmentP99Ms"), "target", "< 50",
                    "met", number(f, "assessmentP99Ms") < 50));
            targets.put("standingToHealth", Map.of("value", round(standing, 2), "target", ">= 0.5", "met", standing >= 0.5));
            targets.put("standingP99Ms", Map.of("value", f.get("standingP99Ms"), "target", "< 50",
                    "met", number(f, "standingP99Ms") < 50));
            targets.put("peakHeapMb", Map.of("value", f.get("peakHeapMb"), "target", "< 512", "met", number(f, "peakHeapMb") < 512));
            return targets;
        }

        private static String line(Map<Integer, Map<String, Object>> bySize, String measure,
                java.util.function.Function<Map<String, Object>, String> cell, Object exponent) {
            StringBuilder line = new StringBuilder("| ").append(measure).append(" |");
            bySize.values().forEach(f -> line.append(' ').append(cell.apply(f)).append(" |"));
            return line.append(' ').append(exponent == null ? "" : exponent).append(" |").toString();
        }

        private static double number(Map<String, Object> figures, String key) {
            Object value = figures.get(key);
            if (!(value instanceof Number number)) {
                throw new IllegalStateException("no figure " + key);
            }
            return number.doubleValue();
        }
    }

    // --- the heap ---------------------------------------------------------------------------------

    private void phase(String name) {
        heap.phase(name);
        phaseStarts.put(name, (System.nanoTime() - serviceStarted) / 1e9);
    }

    /**
     * The peak of the heap in use, from two sources: the actuator's {@code jvm.memory.used} sampled every
     * 200 ms (per phase), and the GC log, whose every collection records the heap in use just before it
     * (the true peaks) and just after (what was still live).
     */
    private void heapFigures() throws IOException {
        double peakBeforeGc = 0;
        double peakAfterGc = 0;
        int collections = 0;
        Map<String, Double> afterGcByPhase = new LinkedHashMap<>();
        Pattern gc = Pattern.compile("^\\[([0-9.]+)s].*Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        for (Map.Entry<Path, Map<String, Double>> log : gcLogs) {
            for (String line : Files.readAllLines(log.getKey())) {
                Matcher m = gc.matcher(line);
                if (m.find()) {
                    collections++;
                    double uptime = Double.parseDouble(m.group(1));
                    double before = Double.parseDouble(m.group(2));
                    double after = Double.parseDouble(m.group(3));
                    peakBeforeGc = Math.max(peakBeforeGc, before);
                    peakAfterGc = Math.max(peakAfterGc, after);
                    String phase = "start";
                    for (Map.Entry<String, Double> start : log.getValue().entrySet()) {
                        if (start.getValue() <= uptime) {
                            phase = start.getKey();
                        }
                    }
                    afterGcByPhase.merge(phase, after, Math::max);
                }
            }
        }
        results.put("heapAfterGcMbByPhase", afterGcByPhase);
        double sampled = samplers.stream().mapToDouble(HeapSampler::peak).max().orElse(0);
        results.put("peakHeapMb", round(Math.max(sampled, peakBeforeGc), 1));
        results.put("peakHeapSampledMb", round(sampled, 1));
        results.put("peakHeapBeforeGcMb", peakBeforeGc);
        results.put("peakHeapAfterGcMb", peakAfterGc);
        results.put("gcCollections", collections);
        results.put("heapMaxMb", settings.heapMb());
        Map<String, Double> byPhase = new LinkedHashMap<>();
        samplers.forEach(sampler -> sampler.peaks().forEach((phase, mb) -> byPhase.merge(phase, round(mb, 1), Math::max)));
        results.put("peakHeapSampledMbByPhase", byPhase);
    }

    /** Polls the service's heap in use, keeping the largest value seen in each phase. */
    static final class HeapSampler implements Runnable {

        private final HttpClient http;
        private final URI uri;
        private final Map<String, Double> peaks = new ConcurrentHashMap<>();
        private final Map<String, Integer> order = new ConcurrentHashMap<>();
        private volatile String phase = "start";
        private volatile boolean running = true;
        private Thread thread;

        HeapSampler(HttpClient http, String base) {
            this.http = http;
            this.uri = URI.create(base + "/actuator/metrics/jvm.memory.used?tag=area:heap");
        }

        void start() {
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void phase(String name) {
            order.putIfAbsent(name, order.size());
            phase = name;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                            .header("Authorization", bearer()).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        double mb = JSON.readTree(response.body()).get("measurements").get(0).get("value").asDouble()
                                / (1024 * 1024);
                        peaks.merge(phase, mb, Math::max);
                    }
                    Thread.sleep(200);
                }
                catch (InterruptedException ex) {
                    return;
                }
                catch (Exception ex) {
                    // the service is busy or stopping; try again
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(5_000);
        }

        double peak() {
            return peaks.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        Map<String, Double> peaks() {
            Map<String, Double> sorted = new LinkedHashMap<>();
            order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(e -> sorted.put(e.getKey(), peaks.getOrDefault(e.getKey(), 0.0)));
            return sorted;
        }
    }

    // --- the report -------------------------------------------------------------------------------

    private void report() throws IOException {
        double bulkRatio = ((Number) results.get("bulkRowsPerSec")).doubleValue()
                / ((Number) results.get("copyRowsPerSec")).doubleValue();
        double bulkRatioNoFk = ((Number) results.get("bulkRowsPerSec")).doubleValue()
                / ((Number) results.get("copyNoForeignKeyRowsPerSec")).doubleValue();
        double evaluationRatio = ((Number) results.get("evaluationRunSeconds")).doubleValue()
                / ((Number) results.get("rawAggregateSeconds")).doubleValue();
        double assessmentRatio = ((Number) results.get("assessmentRps")).doubleValue()
                / ((Number) results.get("healthRps")).doubleValue();
        double p99 = ((Number) results.get("assessmentP99Ms")).doubleValue();
        double peakHeap = ((Number) results.get("peakHeapMb")).doubleValue();
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("bulkToCopy", Map.of("value", round(bulkRatio, 2), "target", ">= 0.5", "met", bulkRatio >= 0.5));
        targets.put("bulkToCopyWithoutForeignKey", Map.of("value", round(bulkRatioNoFk, 2), "target", "(for information)",
                "met", bulkRatioNoFk >= 0.5));
        targets.put("evaluationToAggregate", Map.of("value", round(evaluationRatio, 1), "target", "<= 5",
                "met", evaluationRatio <= 5));
        targets.put("assessmentToHealth", Map.of("value", round(assessmentRatio, 2), "target", ">= 0.5",
                "met", assessmentRatio >= 0.5));
        targets.put("assessmentP99Ms", Map.of("value", p99, "target", "< 50", "met", p99 < 50));
        targets.put("peakHeapMb", Map.of("value", peakHeap, "target", "< 512", "met", peakHeap < 512));
        results.put("targets", targets);

        Map<String, Object> context = machine(settings);
        context.put("stores", stores);
        context.put("days", DAYS);
        context.put("rows", (long) stores * DAYS);
        Map<String, Object> document = new LinkedHashMap<>(results);
        document.put("context", context);
        Path file = out.resolve("results.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");

        String table = String.join("\n",
                "",
                "| measure | figure | limit / target | ratio | met |",
                "|---|---|---|---|---|",
                row("(a) raw COPY into a table shaped like daily_sales", "%,d rows/s".formatted(results.get("copyRowsPerSec")),
                        "the limit; without the FK to store: %,d rows/s".formatted(results.get("copyNoForeignKeyRowsPerSec")), "", ""),
                row("(b) bulk endpoint, CSV over HTTP, empty table", "%,d rows/s".formatted(results.get("bulkRowsPerSec")),
                        ">= 0.5 x COPY", "%.2f (%.2f of COPY without FK)".formatted(bulkRatio, bulkRatioNoFk), yes(bulkRatio >= 0.5)),
                row("(b) bulk endpoint, same file again (replaces every day)",
                        "%,d rows/s".formatted(results.get("bulkReplayRowsPerSec")), "", "", ""),
                row("(c) per-store JSON PUT, %d clients".formatted(settings.putClients),
                        "%,d rows/s".formatted(results.get("putRowsPerSec")), "", "", ""),
                row("(d) raw SQL aggregate of cumulative sales per store", "%s s".formatted(results.get("rawAggregateSeconds")),
                        "the limit", "", ""),
                row("(e) evaluation run deciding checkpoint 4 for %,d stores (median of %d)".formatted(stores,
                        settings.evaluationRuns),
                        "%s s".formatted(results.get("evaluationRunSeconds")), "<= 5 x aggregate",
                        "%.1f".formatted(evaluationRatio), yes(evaluationRatio <= 5)),
                results.containsKey("evaluationConcurrentRunsSeconds")
                        ? row("(e) the same with %s runs at once (as on %s instances)".formatted(
                                results.get("evaluationConcurrentRuns"), results.get("evaluationConcurrentRuns")),
                                "%s s".formatted(results.get("evaluationConcurrentRunsSeconds")), "(for information)",
                                "%.1f".formatted(((Number) results.get("evaluationConcurrentRunsSeconds")).doubleValue()
                                        / ((Number) results.get("rawAggregateSeconds")).doubleValue()), "")
                        : row("(e) runs at once", "not measured", "", "", ""),
                row("(f) GET /actuator/health", "%,d req/s, p99 %s ms".formatted(results.get("healthRps"), results.get("healthP99Ms")),
                        "", "", ""),
                row("(f) GET /api/stores/{id}/assessment", "%,d req/s, p99 %s ms".formatted(results.get("assessmentRps"),
                        results.get("assessmentP99Ms")), ">= 0.5 x health, p99 < 50 ms",
                        "%.2f".formatted(assessmentRatio), yes(assessmentRatio >= 0.5 && p99 < 50)),
                row("(h) the run of (e) with a subscription to every event", "%s s; %,d of %,d events delivered, the last %s s after the runs"
                        .formatted(results.get("webhookRunSeconds"), results.get("webhookDelivered"),
                                results.get("webhookEvents"), results.get("webhookDeliveredAfterRunsSeconds")),
                        "<= 1.2 x (e); all delivered", "%.2f".formatted(((Number) results.get("webhookRunSeconds")).doubleValue()
                                / ((Number) results.get("evaluationRunSeconds")).doubleValue()),
                        yes(((Number) results.get("webhookRunSeconds")).doubleValue()
                                <= 1.2 * ((Number) results.get("evaluationRunSeconds")).doubleValue()
                                && results.get("webhookDelivered").equals(((Number) results.get("webhookEvents")).intValue()))),
                row("(g) CSV export of %,d / %,d fee statements".formatted(results.get("exportStatements"),
                        results.get("exportTenfoldStatements")), "%s s / %s s; heap live after GC %s MB / %s MB".formatted(
                        results.get("exportSeconds"), results.get("exportTenfoldSeconds"),
                        afterGc("g-export-" + stores), afterGc("g-export-" + stores * 10)),
                        "flat memory", "", ""),
                row("service heap in use, peak", "%s MB".formatted(results.get("peakHeapMb")), "< 512 MB", "",
                        yes(peakHeap < 512)),
                "");
        System.out.println(table);
        log("results written to %s", file);
    }

    /** When and on what a benchmark ran: the start of every results file's {@code context}. */
    static Map<String, Object> machine(Settings settings) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("date", Instant.now().toString());
        context.put("seed", settings.seed);
        context.put("cpu", cpu());
        context.put("cores", Runtime.getRuntime().availableProcessors());
        context.put("memory", memory());
        context.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        context.put("serviceHeap", "-Xms" + settings.heap + " -Xmx" + settings.heap);
        return context;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Connection db() throws SQLException {
        return connect(settings);
    }

    private static Connection connect(Settings settings) throws SQLException {
        Connection connection = DriverManager.getConnection(settings.databaseUrl, settings.databaseUser,
                settings.databasePassword);
        try (Statement sql = connection.createStatement()) {
            sql.execute("create schema if not exists " + settings.schema);
            sql.execute("set search_path to " + settings.schema);
        }
        return connection;
    }

    /**
     * Writes dirty pages out now, so that a measurement does not pay for the one before it. Needs the
     * right to (superuser or pg_checkpoint); without it the measurements are only noisier.
     */
    private static void checkpoint(Statement sql) {
        try {
            sql.execute("checkpoint");
        }
        catch (SQLException ex) {
            log("cannot run CHECKPOINT (%s); going on without", ex.getMessage());
        }
    }

    /** PostgreSQL's plan for {@code query}, line by line (without running it): which way a limit was measured. */
    private List<String> plan(String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection db = db(); Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("explain " + query)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    private static String scalar(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The most heap still live after a collection during {@code phase}, from the GC log; "-" without one. */
    private Object afterGc(String phase) {
        Object byPhase = results.get("heapAfterGcMbByPhase");
        return byPhase instanceof Map<?, ?> map && map.containsKey(phase) ? map.get(phase) : "-";
    }

    /** Every call is made as operations staff, with a token the service checks like any other. */
    private static String bearer() {
        return "Bearer " + TOKEN;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", contentType).header("Authorization", bearer()).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", bearer())
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ", not " + status + ": " + response.body());
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GB")
                    .orElse("unknown");
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %s] %s%n", java.time.LocalTime.now().withNano(0),
                String.format(Locale.ROOT, format, args));
    }

    /** The data set's size: today's quick run, or the marketplace of issue 18 (trial and formal stores, two sizes). */
    enum Scale {
        QUICK, MARKETPLACE;

        static Scale of(String name) {
            for (Scale scale : values()) {
                if (scale.name().equalsIgnoreCase(name)) {
                    return scale;
                }
            }
            throw new IllegalArgumentException("--scale takes quick or marketplace, not " + name);
        }
    }

    /** The benchmark's settings, from {@code BENCH_*} environment variables and {@code --scale}. */
    record Settings(Path jar, Scale scale, String databaseUrl, String databaseUser, String databasePassword, String schema,
            int stores, List<Integer> sizes, int bulkPartRows, long seed, String heap, int putClients, int putSeconds,
            int connections, int wrkThreads, int loadSeconds, int evaluationTimeoutSeconds, int evaluationRuns,
            int concurrentRuns, List<String> serviceArgs, List<String> serviceJvmArgs) {

        static Settings fromEnvironment(String[] args) {
            Scale scale = Scale.QUICK;
            if (args.length == 3 && args[1].equals("--scale")) {
                scale = Scale.of(args[2]);
            }
            else if (args.length == 2 && args[1].startsWith("--scale=")) {
                scale = Scale.of(args[1].substring("--scale=".length()));
            }
            else if (args.length != 1) {
                throw new IllegalArgumentException("usage: BenchmarkHarness <service jar> [--scale quick|marketplace]");
            }
            boolean marketplace = scale == Scale.MARKETPLACE;
            return new Settings(Path.of(args[0]), scale,
                    env("BENCH_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                    env("BENCH_DATABASE_USER", "postgres"),
                    env("BENCH_DATABASE_PASSWORD", ""),
                    env("BENCH_SCHEMA", marketplace ? "marketplace_bench" : "trial_bench"),
                    Integer.parseInt(env("BENCH_STORES", "10000")),
                    java.util.Arrays.stream(env("BENCH_SIZES", "10000,100000").split(","))
                            .map(String::strip).map(Integer::parseInt).toList(),
                    Integer.parseInt(env("BENCH_BULK_PART_ROWS", "5000000")),
                    Long.parseLong(env("BENCH_SEED", "20260301")),
                    env("BENCH_HEAP", "512m"),
                    Integer.parseInt(env("BENCH_PUT_CLIENTS", "4")),
                    Integer.parseInt(env("BENCH_PUT_SECONDS", "120")),
                    Integer.parseInt(env("BENCH_CONNECTIONS", "16")),
                    Integer.parseInt(env("BENCH_WRK_THREADS", "1")),
                    Integer.parseInt(env("BENCH_LOAD_SECONDS", "20")),
                    Integer.parseInt(env("BENCH_EVALUATION_TIMEOUT_SECONDS", marketplace ? "1800" : "600")),
                    Integer.parseInt(env("BENCH_EVALUATION_RUNS", marketplace ? "3" : "5")),
                    Integer.parseInt(env("BENCH_CONCURRENT_RUNS", "2")),
                    words(env("BENCH_SERVICE_ARGS", "")),
                    words(env("BENCH_SERVICE_JVM_ARGS", "")));
        }

        private static List<String> words(String value) {
            return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
        }

        long heapMb() {
            String h = heap.toLowerCase(Locale.ROOT);
            long n = Long.parseLong(h.replaceAll("[^0-9]", ""));
            return h.endsWith("g") ? n * 1024 : h.endsWith("k") ? n / 1024 : n;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /**
     * The data set, the same for a seed whatever is asked of it first: per store a sales level and
     * shape (flat, or growing through the trial so that some pass only on the final 30 days), a daily
     * amount for each of the 210 days (5 % of days without sales), and one score snapshot.
     */
    static final class DataSet {

        final long seed;
        final int stores;
        /** Days of sales per store, from its first day ({@code launch}). */
        final int days;
        /** Each store's first day of sales: its launch date (on trial) or 1 January (formal). */
        final LocalDate[] launch;

        DataSet(long seed, int stores) {
            this(seed, stores, DAYS);
        }

        DataSet(long seed, int stores, int days) {
            this.seed = seed;
            this.stores = stores;
            this.days = days;
            this.launch = new LocalDate[stores];
        }

        /** The store's daily amounts in cents, over its {@code days} days. */
        long[] cents(int store) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 1_000_003L + store);
            double level = 2_000 + random.nextDouble() * 5_000;
            boolean growing = random.nextDouble() < 0.3;
            long[] cents = new long[days];
            for (int day = 0; day < days; day++) {
                double shape = growing ? 0.3 + 1.4 * day / (days - 1) : 1.0;
                double amount = random.nextDouble() < 0.05 ? 0 : level * shape * (0.5 + random.nextDouble());
                cents[day] = Math.round(amount * 100);
            }
            return cents;
        }

        String score(int store) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 7_919L + store);
            return String.format(Locale.ROOT, "%.2f", 4.40 + random.nextInt(61) / 100.0);
        }

        /** The CSV of every store's days, with a header line; the number of rows. */
        long writeCsv(Path file, long firstStoreId) throws IOException {
            try (CsvParts csv = new CsvParts(file, Long.MAX_VALUE)) {
                write(csv, firstStoreId);
                return csv.rows();
            }
        }

        /** Every store's days, store by store, into {@code csv}. */
        void write(CsvParts csv, long firstStoreId) throws IOException {
            for (int i = 0; i < stores; i++) {
                long[] cents = cents(i);
                String id = Long.toString(firstStoreId + i);
                for (int day = 0; day < days; day++) {
                    csv.row(id, launch[i].plusDays(day).toString(), money(cents[day]));
                }
            }
        }

        /** The first {@code days} days of store {@code store} as the per-store endpoint's JSON body. */
        String json(int store, int days) {
            long[] cents = cents(store);
            StringBuilder body = new StringBuilder(days * 40).append('[');
            for (int day = 0; day < days; day++) {
                if (day > 0) {
                    body.append(',');
                }
                body.append("{\"date\":\"").append(launch[store].plusDays(day)).append("\",\"amount\":")
                        .append(money(cents[day])).append('}');
            }
            return body.append(']').toString();
        }

        static String money(long cents) {
            return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
        }
    }

    /**
     * The daily-sales CSV, cut into files of at most {@code partRows} rows, each with the header line: one
     * bulk upload each (the endpoint takes up to {@code trial.bulk.max-body-size}, 1 GB, per upload).
     */
    static final class CsvParts implements AutoCloseable {

        private final Path first;
        private final long partRows;
        private final List<Path> files = new ArrayList<>();
        private final List<Long> rowsPerFile = new ArrayList<>();
        private BufferedWriter writer;
        private long inPart;
        private long rows;

        CsvParts(Path first, long partRows) {
            this.first = first;
            this.partRows = partRows;
        }

        void row(String storeId, String date, String amount) throws IOException {
            if (writer == null || inPart == partRows) {
                next();
            }
            writer.write(storeId);
            writer.write(',');
            writer.write(date);
            writer.write(',');
            writer.write(amount);
            writer.write('\n');
            inPart++;
            rows++;
        }

        private void next() throws IOException {
            finishPart();
            String name = first.getFileName().toString();
            Path file = files.isEmpty() ? first
                    : first.resolveSibling(name.replace(".csv", "-" + (files.size() + 1) + ".csv"));
            writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
            writer.write("storeId,date,amount\n");
            files.add(file);
            inPart = 0;
        }

        private void finishPart() throws IOException {
            if (writer != null) {
                writer.close();
                rowsPerFile.add(inPart);
                writer = null;
            }
        }

        long rows() {
            return rows;
        }

        List<Path> files() {
            return files;
        }

        List<Long> rowsPerFile() {
            return rowsPerFile;
        }

        @Override
        public void close() throws IOException {
            finishPart();
        }
    }
}
