package com.marketplace.trialassessment.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.FormalYears;
import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.StoreLife;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place tests build their data. Over HTTP, as clients do ({@link #launch} and the rest):
 * categories with codes and stores with merchant ids no other test uses, so that tests sharing one
 * schema never see each other's data, and one store's trial ({@link Trial}): its sales, scores,
 * violations, evaluations. Straight into the tables, for runs over hundreds of stores ({@link Rows}).
 * Figures are written as strings, so that no binary floating point is involved. The API refuses data
 * dated after today, so move the clock before sending data.
 */
public final class Fixtures {

    /** Targets per checkpoint: sales 50,000 / 80,000 / 100,000 / 120,000; scores 4.60 / 4.65 / 4.70. */
    public static final String DEFAULT_TARGETS = """
            [ { "checkpoint": 1, "salesTarget": 50000.00 },
              { "checkpoint": 2, "salesTarget": 80000.00, "serviceScoreTarget": 4.60 },
              { "checkpoint": 3, "salesTarget": 100000.00, "serviceScoreTarget": 4.65 },
              { "checkpoint": 4, "salesTarget": 120000.00, "serviceScoreTarget": 4.70 } ]""";

    /** An agreement's annual standard: 1,200,000.00 of sales in a whole year, a service score of 4.70. */
    public static final String DEFAULT_ANNUAL = """
            { "salesTarget": 1200000.00, "serviceScoreTarget": 4.70 }""";

    /** An agreement's fee terms: 60,000.00 a year, half refunded from 360,000.00 of sales, all from 1,200,000.00. */
    public static final String DEFAULT_FEE = """
            { "annualFee": 60000.00, "halfRefundSales": 360000.00, "fullRefundSales": 1200000.00 }""";

    /** The {@code effectiveFrom} of the categories {@link #createCategory()} creates. */
    public static final LocalDate CATEGORY_EFFECTIVE_FROM = LocalDate.of(2026, 1, 1);

    /** The sales targets of {@link #DEFAULT_TARGETS}, by checkpoint 1..4. */
    private static final String[] DEFAULT_SALES_TARGETS = {"50000.00", "80000.00", "100000.00", "120000.00"};
    /** The service-score targets of {@link #DEFAULT_TARGETS}, by checkpoint 1..4 (none at 1). */
    private static final String[] DEFAULT_SCORE_TARGETS = {null, "4.60", "4.65", "4.70"};

    /** Reads decimals exactly, as {@code BigDecimal}, never through {@code double}. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final RestTestClient http;

    public Fixtures(RestTestClient http) {
        this.http = http;
    }

    // --- categories and stores -----------------------------------------------------------------

    /** A new category with {@link #DEFAULT_TARGETS}, version 1 in force from far past; its code. */
    public String newCategory() {
        return newCategory(DEFAULT_TARGETS);
    }

    public String newCategory(String targetsJson) {
        return newCategory(targetsJson, null, null);
    }

    /**
     * A new category whose version 1, in force from far past, has {@code targetsJson} and the agreement
     * terms given (a block that is null is left out); its code.
     */
    public String newCategory(String targetsJson, String annualJson, String feeJson) {
        String code = unique("cat");
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON)
                .body("{ \"code\": \"" + code + "\", \"name\": \"Category " + code + "\", \"targets\": " + targetsJson
                        + agreementJson(annualJson, feeJson) + " }")
                .exchange().expectStatus().isCreated();
        return code;
    }

    /** A new category with target version 1 effective from {@link #CATEGORY_EFFECTIVE_FROM}; its code. */
    public String createCategory() {
        return createCategory(CATEGORY_EFFECTIVE_FROM);
    }

    public String createCategory(LocalDate effectiveFrom) {
        String code = unique("cat");
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON)
                .body(categoryJson(code, effectiveFrom))
                .exchange()
                .expectStatus().isCreated();
        return code;
    }

    /** Adds a target version with {@link #DEFAULT_TARGETS}; its version number. */
    public int addTargetVersion(String categoryCode, LocalDate effectiveFrom) {
        return addTargetVersion(categoryCode, effectiveFrom, DEFAULT_TARGETS);
    }

    public int addTargetVersion(String categoryCode, LocalDate effectiveFrom, String targetsJson) {
        return addTargetVersion(categoryCode, effectiveFrom, targetsJson, null, null);
    }

    /** Adds a target version with the agreement terms given (a block that is null is left out); its number. */
    public int addTargetVersion(String categoryCode, LocalDate effectiveFrom, String targetsJson, String annualJson,
            String feeJson) {
        String version = http.post().uri("/api/categories/{code}/target-versions", categoryCode)
                .contentType(MediaType.APPLICATION_JSON)
                .body(targetVersionJson(effectiveFrom, targetsJson, annualJson, feeJson))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return JsonPath.read(version, "$.version");
    }

    /** A store of a new category, launched on {@code launchDate}; the created store as JSON. */
    public JsonNode createStore(LocalDate launchDate) {
        return createStore(createCategory(), unique("m"), launchDate);
    }

    public JsonNode createStore(String categoryCode, String merchantId, LocalDate launchDate) {
        JsonNode store = json(http.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON)
                .body(storeJson(categoryCode, merchantId, launchDate))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(store.get("id").isIntegralNumber()).as("store id is a number").isTrue();
        return store;
    }

    /** The id of a store of a new category, launched on {@code launchDate}. */
    public long createStoreId(LocalDate launchDate) {
        return createStore(launchDate).get("id").asLong();
    }

    /** A store in a category of its own, with {@link #DEFAULT_TARGETS}, and a merchant of its own. */
    public Trial launch(LocalDate launchDate) {
        return launch(launchDate, DEFAULT_TARGETS);
    }

    public Trial launch(LocalDate launchDate, String targetsJson) {
        return launch(newCategory(targetsJson), launchDate, "Lanxi Flagship Store");
    }

    /**
     * A store in a category of its own whose agreement also holds {@code annualJson} (and
     * {@code feeJson}, either may be null), with the default checkpoint targets.
     */
    public Trial launchWithTerms(LocalDate launchDate, String annualJson, String feeJson) {
        return launch(newCategory(DEFAULT_TARGETS, annualJson, feeJson), launchDate, "Lanxi Flagship Store");
    }

    /** A store in the given category, of a merchant of its own. */
    public Trial launch(String categoryCode, LocalDate launchDate, String name) {
        return launch(categoryCode, unique("m"), launchDate, name);
    }

    private Trial launch(String categoryCode, String merchantId, LocalDate launchDate, String name) {
        String store = http.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        { "name": "%s", "merchantId": "%s", "categoryCode": "%s",
                          "storeType": "FLAGSHIP", "launchDate": "%s" }""".formatted(name, merchantId, categoryCode,
                        launchDate))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return new Trial(this, id(store, "$.id"), categoryCode, merchantId, launchDate);
    }

    // --- request bodies, answers and the rule book's numbers -----------------------------------

    /** {@code prefix-} followed by 12 random hex digits. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid target set: checkpoints 1..4, a service-score target at 2..4 only. */
    public static String validTargetsJson() {
        return DEFAULT_TARGETS;
    }

    public static String categoryJson(String code, LocalDate effectiveFrom) {
        return """
                { "code": "%s", "name": "Women's apparel", "effectiveFrom": "%s", "targets": %s }"""
                .formatted(code, effectiveFrom, DEFAULT_TARGETS);
    }

    /**
     * The body of {@code POST /api/categories}: {@code targetsJson} and the agreement terms given (a block
     * that is null is left out; send the text {@code "null"} to send a JSON null).
     */
    public static String categoryJson(String code, LocalDate effectiveFrom, String targetsJson, String annualJson,
            String feeJson) {
        return """
                { "code": "%s", "name": "Women's apparel", "effectiveFrom": "%s", "targets": %s%s }"""
                .formatted(code, effectiveFrom, targetsJson, agreementJson(annualJson, feeJson));
    }

    /** The body of {@code POST /api/categories/{code}/target-versions}, blocks as {@link #categoryJson(String, LocalDate, String, String, String)}. */
    public static String targetVersionJson(LocalDate effectiveFrom, String targetsJson, String annualJson,
            String feeJson) {
        return """
                { "effectiveFrom": "%s", "targets": %s%s }"""
                .formatted(effectiveFrom, targetsJson, agreementJson(annualJson, feeJson));
    }

    /** {@code , "annual": …, "fee": …}, each only when given. */
    private static String agreementJson(String annualJson, String feeJson) {
        return (annualJson == null ? "" : ", \"annual\": " + annualJson)
                + (feeJson == null ? "" : ", \"fee\": " + feeJson);
    }

    public static String storeJson(String categoryCode, String merchantId, LocalDate launchDate) {
        return """
                { "name": "Lanxi Flagship Store", "merchantId": "%s", "categoryCode": "%s",
                  "storeType": "FLAGSHIP", "launchDate": "%s" }""".formatted(merchantId, categoryCode, launchDate);
    }

    public static JsonNode json(String body) {
        assertThat(body).as("response body").isNotNull();
        return JSON.readTree(body);
    }

    /**
     * A money amount or score of a response written with two decimals ({@code "0.00"}); fails when the
     * number has more than two.
     */
    public static String twoDecimals(JsonNode number) {
        assertThat(number.isNumber()).as("%s is a number", number).isTrue();
        return number.decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The decimal at {@code path}, exactly as the JSON wrote it; null for JSON null. */
    public static BigDecimal decimal(String json, String path) {
        Object value = JsonPath.read(json, path);
        return value == null ? null : new BigDecimal(value.toString());
    }

    public static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    /** D(k): the day of checkpoint k. */
    public static int checkpointDay(int k) {
        return Checkpoint.of(k).day();
    }

    /** months(k) = D(k) / 30. */
    public static int months(int k) {
        return Checkpoint.of(k).months();
    }

    /** The sales target of checkpoint k in {@link #DEFAULT_TARGETS}. */
    public static BigDecimal defaultSalesTarget(int k) {
        return new BigDecimal(DEFAULT_SALES_TARGETS[k - 1]);
    }

    /** The service-score target of checkpoint k (2..4) in {@link #DEFAULT_TARGETS}. */
    public static BigDecimal defaultScoreTarget(int k) {
        return new BigDecimal(DEFAULT_SCORE_TARGETS[k - 1]);
    }

    /** The monthly average as the rule book displays it: cumulative / months, 2 places, half-up. */
    public static BigDecimal displayedMonthlyAverage(BigDecimal cumulative, int k) {
        return cumulative.divide(BigDecimal.valueOf(months(k)), 2, RoundingMode.HALF_UP);
    }

    /** One store's trial, built and evaluated over HTTP. */
    public static final class Trial {

        private final Fixtures fixtures;
        private final RestTestClient http;
        private final long storeId;
        private final String categoryCode;
        private final String merchantId;
        private final LocalDate launchDate;

        Trial(Fixtures fixtures, long storeId, String categoryCode, String merchantId, LocalDate launchDate) {
            this.fixtures = fixtures;
            this.http = fixtures.http;
            this.storeId = storeId;
            this.categoryCode = categoryCode;
            this.merchantId = merchantId;
            this.launchDate = launchDate;
        }

        public long storeId() {
            return storeId;
        }

        public String categoryCode() {
            return categoryCode;
        }

        public String merchantId() {
            return merchantId;
        }

        public LocalDate launchDate() {
            return launchDate;
        }

        /** Another store of this one's merchant, in its category, launched on {@code launchDate}. */
        public Trial another(LocalDate launchDate) {
            return fixtures.launch(categoryCode, merchantId, launchDate, "Lanxi Flagship Store");
        }

        /** {@code POST /api/categories/{code}/target-versions} for this store's category; the version's number. */
        public int addTargetVersion(LocalDate effectiveFrom, String targetsJson) {
            return fixtures.addTargetVersion(categoryCode, effectiveFrom, targetsJson);
        }

        /** The calendar date of trial day n: {@code launchDate + (n - 1)}. */
        public LocalDate day(int n) {
            return Checkpoint.dayOfTrial(launchDate, n);
        }

        /** Due date(k) = {@code launchDate + D(k)}, D = 30, 90, 150, 210. */
        public LocalDate dueDate(int checkpoint) {
            return Checkpoint.of(checkpoint).dueDate(launchDate);
        }

        /** The same amount on each of days {@code firstDay..lastDay}. */
        public Trial sales(int firstDay, int lastDay, String amount) {
            List<String> rows = new ArrayList<>();
            for (int n = firstDay; n <= lastDay; n++) {
                rows.add("{ \"date\": \"" + day(n) + "\", \"amount\": " + amount + " }");
            }
            return put("/daily-sales", rows);
        }

        /** An amount per trial day, in one request. */
        public Trial salesOn(Map<Integer, String> amountsByDay) {
            List<String> rows = new ArrayList<>();
            amountsByDay.forEach(
                    (n, amount) -> rows.add("{ \"date\": \"" + day(n) + "\", \"amount\": " + amount + " }"));
            return put("/daily-sales", rows);
        }

        public Trial score(int day, String score) {
            return put("/service-scores", List.of("{ \"date\": \"" + day(day) + "\", \"score\": " + score + " }"));
        }

        /** Records a violation on trial day {@code day}; answers its id. */
        public long violation(int day, String severity, int points) {
            String body = http.post().uri("/api/stores/{id}/violations", storeId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            { "occurredOn": "%s", "type": "MISLEADING_LISTING", "severity": "%s", "points": %d }"""
                            .formatted(day(day), severity, points))
                    .exchange().expectStatus().isCreated()
                    .expectBody(String.class).returnResult().getResponseBody();
            return id(body, "$.id");
        }

        public void revoke(long violationId) {
            http.post().uri("/api/stores/{id}/violations/{v}/revocation", storeId, violationId)
                    .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"appeal upheld\" }")
                    .exchange().expectStatus().isOk();
        }

        /** {@code POST /api/stores/{id}/evaluations} on the clock's today; answers the JSON. */
        public String evaluate() {
            return http.post().uri("/api/stores/{id}/evaluations", storeId).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
        }

        /**
         * Sends what passes the whole trial with the default targets: 5,000.00 on each of days 1..210 and
         * a score of 4.90 on day 80. The clock must be at day 210 or later.
         */
        public Trial passingTrial() {
            return sales(1, 210, "5000.00").score(80, "4.90");
        }

        /** The same amount on each day of {@code first..last}, in as many requests as it takes. */
        public Trial salesBetween(LocalDate first, LocalDate last, String amount) {
            List<String> rows = new ArrayList<>();
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                rows.add("{ \"date\": \"" + date + "\", \"amount\": " + amount + " }");
                if (rows.size() == 1000) {
                    put("/daily-sales", rows);
                    rows = new ArrayList<>();
                }
            }
            return rows.isEmpty() ? this : put("/daily-sales", rows);
        }

        public Trial scoreOn(LocalDate date, String score) {
            return put("/service-scores", List.of("{ \"date\": \"" + date + "\", \"score\": " + score + " }"));
        }

        /** Records a violation on {@code date}; answers its id. */
        public long violationOn(LocalDate date, String severity, int points) {
            String body = http.post().uri("/api/stores/{id}/violations", storeId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            { "occurredOn": "%s", "type": "MISLEADING_LISTING", "severity": "%s", "points": %d }"""
                            .formatted(date, severity, points))
                    .exchange().expectStatus().isCreated()
                    .expectBody(String.class).returnResult().getResponseBody();
            return id(body, "$.id");
        }

        /** {@code POST .../annual-assessments/{year}/reevaluations} (kind ANNUAL) or {@code .../rectification-reviews/...}. */
        public String reevaluateAnnual(boolean review, int year, String reason) {
            return http.post().uri("/api/stores/{id}/" + (review ? "rectification-reviews" : "annual-assessments")
                            + "/{year}/reevaluations", storeId, year)
                    .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"" + reason + "\" }")
                    .exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
        }

        /** {@code GET /api/stores/{id}/fee-statements}: every statement, oldest first. */
        public String feeStatements() {
            return get("/fee-statements?size=500");
        }

        public String annualResults() {
            return get("/annual-results?size=500");
        }

        public String annualStanding() {
            return get("/annual-standing");
        }

        public String reevaluate(int checkpoint, String reason) {
            return http.post().uri("/api/stores/{id}/checkpoints/{k}/reevaluations", storeId, checkpoint)
                    .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"" + reason + "\" }")
                    .exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
        }

        public String verdicts() {
            return get("/verdicts");
        }

        public String statusHistory() {
            return get("/status-history");
        }

        /** {@code GET /api/stores/{id}/assessment}. */
        public String assessment() {
            return get("/assessment");
        }

        public String store() {
            return get("");
        }

        /** {@code GET /api/stores/{id}<path>}, expecting 200. */
        public String get(String path) {
            return http.get().uri("/api/stores/" + storeId + path).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
        }

        private Trial put(String path, List<String> rows) {
            http.put().uri("/api/stores/{id}" + path, storeId).contentType(MediaType.APPLICATION_JSON)
                    .body("[" + String.join(",", rows) + "]")
                    .exchange().expectStatus().isOk();
            return this;
        }
    }

    /**
     * Writes many stores straight into the database, for runs over hundreds of stores: one category
     * (targets 50,000 / 80,000 / 100,000 / 120,000 a month; score targets 4.60 / 4.65 / 4.70), stores,
     * and for each store the same daily amount on days 1..days and one score snapshot on day 1.
     */
    public static final class Rows {

        private final JdbcTemplate jdbc;
        private final long categoryId;
        private final long targetVersionId;

        public Rows(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            String code = unique("run");
            this.categoryId = jdbc.queryForObject(
                    "insert into category (code, name, created_at) values (?, 'Run fixtures', now()) returning id",
                    Long.class, code);
            this.targetVersionId = jdbc.queryForObject("""
                    insert into target_version (category_id, version, effective_from, created_at)
                    values (?, 1, date '1900-01-01', now()) returning id""", Long.class, categoryId);
            jdbc.update("""
                    insert into checkpoint_target (target_version_id, checkpoint, sales_target, service_score_target)
                    values (?, 1, 50000.00, null), (?, 2, 80000.00, 4.60), (?, 3, 100000.00, 4.65),
                           (?, 4, 120000.00, 4.70)
                    """, targetVersionId, targetVersionId, targetVersionId, targetVersionId);
        }

        /** Empties every table a run reads or writes, so that a run's counts are exactly one test's stores. */
        public static void emptyDatabase(JdbcTemplate jdbc) {
            jdbc.execute("""
                    truncate store_claim, evaluation_run_error, evaluation_run, store_status_change, annual_result, fee_statement,
                             verdict,
                             violation, service_score, daily_sales, store, checkpoint_target, target_version, category
                    """);
        }

        /** {@code count} stores launched on {@code launchDate}, as registration plans them; their ids in order. */
        public List<Long> stores(int count, LocalDate launchDate, BigDecimal dailyAmount, int days, BigDecimal score) {
            PlannedDecision first = LifePlan.next(StoreLife.launched(launchDate)).orElseThrow();
            List<Long> ids = jdbc.queryForList("""
                    insert into store (name, merchant_id, category_id, store_type, launch_date, target_version_id,
                                       status, status_changed_at, created_at, next_decision, next_decision_number,
                                       next_decision_on, next_checkpoint)
                    select 'Run store ' || n, 'm-run', ?, 'FLAGSHIP', ?, ?, 'TRIAL', now(), now(), ?, ?, ?, ?
                      from generate_series(1, ?) n
                    returning id""", Long.class, categoryId, launchDate, targetVersionId, first.kind().name(),
                    first.number(), first.dueOn(), first.number(), count);
            insertSales(ids, launchDate, dailyAmount, days);
            if (score != null) {
                insertScore(ids, launchDate, score);
            }
            return ids;
        }

        private void insertSales(List<Long> ids, LocalDate from, BigDecimal dailyAmount, int days) {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        insert into daily_sales (store_id, sales_date, amount, updated_at)
                        select s, ?::date + d, ?, now() from unnest(?::bigint[]) s, generate_series(0, ? - 1) d""");
                statement.setObject(1, from);
                statement.setBigDecimal(2, dailyAmount);
                statement.setArray(3, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
                statement.setInt(4, days);
                return statement;
            });
        }

        private void insertScore(List<Long> ids, LocalDate date, BigDecimal score) {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        insert into service_score (store_id, score_date, score, updated_at)
                        select s, ?, ?, now() from unnest(?::bigint[]) s""");
                statement.setObject(1, date);
                statement.setBigDecimal(2, score);
                statement.setArray(3, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
                return statement;
            });
        }

        /**
         * One issued YEAR_END statement of {@code year} per store, straight into the table, with the
         * figures of a whole year under the default fee (60,000.00 charged, half back); their ids in order.
         */
        public List<Long> yearEndStatements(List<Long> storeIds, int year) {
            return jdbc.query(connection -> {
                var statement = connection.prepareStatement("""
                        insert into fee_statement (store_id, year, cause, due_date, issued_at, trigger,
                                                   target_version_id, target_version, first_trading_day,
                                                   last_trading_day, months, annual_fee, charged, unused_refund, sales,
                                                   half_refund_threshold, full_refund_threshold, serious_violations,
                                                   tier, tier_refund, forfeited, total_refund, status)
                        select s, ?, 'YEAR_END', make_date(? + 1, 1, 1), now(), 'SCHEDULE', ?, 1, make_date(?, 1, 1),
                               make_date(?, 12, 31), 12, 60000.00, 60000.00, 0.00, 400000.00, 360000.00, 1200000.00, 0,
                               'HALF', 30000.00, false, 30000.00, 'ISSUED'
                          from unnest(?::bigint[]) s
                        returning id""");
                statement.setInt(1, year);
                statement.setInt(2, year);
                statement.setLong(3, targetVersionId);
                statement.setInt(4, year);
                statement.setInt(5, year);
                statement.setArray(6, connection.createArrayOf("bigint", storeIds.toArray(Long[]::new)));
                return statement;
            }, (rs, n) -> rs.getLong(1));
        }

        /** Gives this fixture's target version the annual standard of {@link Fixtures#DEFAULT_ANNUAL}. */
        public Rows withAnnualStandard() {
            jdbc.update("""
                    update target_version set annual_sales_target = 1200000.00, annual_service_score_target = 4.70
                     where id = ?""", targetVersionId);
            return this;
        }

        /**
         * {@code count} formal stores launched on {@code launchDate} (formal since its day 211), with
         * nothing decided, planned as the rules plan a formal store with no annual result (its first
         * year's assessment); {@code dailyAmount} on every day from launch to {@code lastSalesDay} and a
         * score on {@code scoreDate}. Their ids in order.
         */
        public List<Long> formalStores(int count, LocalDate launchDate, BigDecimal dailyAmount, LocalDate lastSalesDay,
                LocalDate scoreDate, BigDecimal score) {
            int firstYear = FormalYears.formalSince(launchDate).getYear();
            List<Long> ids = jdbc.queryForList("""
                    insert into store (name, merchant_id, category_id, store_type, launch_date, target_version_id,
                                       status, standing, status_changed_at, created_at, next_decision,
                                       next_decision_number, next_decision_on)
                    select 'Formal store ' || n, 'm-run', ?, 'FLAGSHIP', ?, ?, 'FORMAL', 'GOOD', now(), now(),
                           'ANNUAL_ASSESSMENT', ?, ?
                      from generate_series(1, ?) n
                    returning id""", Long.class, categoryId, launchDate, targetVersionId, firstYear,
                    FormalYears.assessmentDue(firstYear), count);
            insertSales(ids, launchDate, dailyAmount, (int) ChronoUnit.DAYS.between(launchDate, lastSalesDay) + 1);
            insertScore(ids, scoreDate, score);
            return ids;
        }

        /** Annual results per store and (kind, year), current or not: each must be exactly 1. */
        public List<Integer> annualResultCounts(List<Long> storeIds) {
            return jdbc.query(connection -> {
                var statement = connection.prepareStatement("""
                        select count(*) from annual_result where store_id = any(?) group by store_id, kind, year""");
                statement.setArray(1, connection.createArrayOf("bigint", storeIds.toArray(Long[]::new)));
                return statement;
            }, (rs, n) -> rs.getInt(1));
        }

        /** Breaks the targets of this fixture's category so that evaluating its stores throws. */
        public void breakTargets() {
            jdbc.update("delete from checkpoint_target where target_version_id = ? and checkpoint = 2", targetVersionId);
        }

        public void repairTargets() {
            jdbc.update("insert into checkpoint_target values (?, 2, 80000.00, 4.60)", targetVersionId);
        }

        /** Verdicts per store and checkpoint, current or not: each must be exactly 1. */
        public List<Integer> verdictCountsPerCheckpoint(List<Long> storeIds) {
            return jdbc.query(connection -> {
                var statement = connection.prepareStatement("""
                        select count(*) from verdict where store_id = any(?) group by store_id, checkpoint""");
                statement.setArray(1, connection.createArrayOf("bigint", storeIds.toArray(Long[]::new)));
                return statement;
            }, (rs, n) -> rs.getInt(1));
        }

        public int verdictCount(List<Long> storeIds) {
            return verdictCountsPerCheckpoint(storeIds).stream().mapToInt(Integer::intValue).sum();
        }

        public String status(long storeId) {
            return jdbc.queryForObject("select status from store where id = ?", String.class, storeId);
        }
    }
}
