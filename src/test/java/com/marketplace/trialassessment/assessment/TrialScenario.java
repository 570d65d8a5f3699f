package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;

/**
 * Builds one store's trial over HTTP: a category of its own, the store, its sales, scores and
 * violations. Figures are written as strings so that no binary floating point is involved.
 */
final class TrialScenario {

    static final String DEFAULT_TARGETS = """
            [ { "checkpoint": 1, "salesTarget": 50000.00 },
              { "checkpoint": 2, "salesTarget": 80000.00, "serviceScoreTarget": 4.60 },
              { "checkpoint": 3, "salesTarget": 100000.00, "serviceScoreTarget": 4.65 },
              { "checkpoint": 4, "salesTarget": 120000.00, "serviceScoreTarget": 4.70 } ]""";

    /** D(k) of the rule book, by checkpoint 1..4. */
    private static final int[] CHECKPOINT_DAYS = {30, 90, 150, 210};
    /** The sales targets of {@link #DEFAULT_TARGETS}, by checkpoint 1..4. */
    private static final String[] DEFAULT_SALES_TARGETS = {"50000.00", "80000.00", "100000.00", "120000.00"};
    /** The service-score targets of {@link #DEFAULT_TARGETS}, by checkpoint 1..4 (none at 1). */
    private static final String[] DEFAULT_SCORE_TARGETS = {null, "4.60", "4.65", "4.70"};

    private final RestTestClient http;
    final String categoryCode;
    final String merchantId;
    final LocalDate launchDate;
    final long storeId;

    private TrialScenario(RestTestClient http, String categoryCode, String merchantId, LocalDate launchDate,
            long storeId) {
        this.http = http;
        this.categoryCode = categoryCode;
        this.merchantId = merchantId;
        this.launchDate = launchDate;
        this.storeId = storeId;
    }

    static TrialScenario launch(RestTestClient http, LocalDate launchDate) {
        return launch(http, launchDate, DEFAULT_TARGETS);
    }

    static TrialScenario launch(RestTestClient http, LocalDate launchDate, String targetsJson) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "trial-" + suffix;
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON)
                .body("{ \"code\": \"" + code + "\", \"name\": \"Scenario\", \"targets\": " + targetsJson + " }")
                .exchange().expectStatus().isCreated();
        String merchant = "m-" + suffix;
        return new TrialScenario(http, code, merchant, launchDate, createStore(http, merchant, code, launchDate));
    }

    private static long createStore(RestTestClient http, String merchant, String code, LocalDate launchDate) {
        String store = http.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        { "name": "Scenario store", "merchantId": "%s", "categoryCode": "%s",
                          "storeType": "FLAGSHIP", "launchDate": "%s" }""".formatted(merchant, code, launchDate))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return ((Number) JsonPath.read(store, "$.id")).longValue();
    }

    /** Another store in this scenario's category (same merchant), launched on {@code launchDate}. */
    TrialScenario another(LocalDate launchDate) {
        return new TrialScenario(http, categoryCode, merchantId, launchDate,
                createStore(http, merchantId, categoryCode, launchDate));
    }

    /** {@code POST /api/categories/{code}/target-versions}; answers the new version's number. */
    int addTargetVersion(LocalDate effectiveFrom, String targetsJson) {
        String version = http.post().uri("/api/categories/{code}/target-versions", categoryCode)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{ \"effectiveFrom\": \"" + effectiveFrom + "\", \"targets\": " + targetsJson + " }")
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return JsonPath.read(version, "$.version");
    }

    /** D(k): the day of checkpoint k. */
    static int checkpointDay(int k) {
        return CHECKPOINT_DAYS[k - 1];
    }

    /** months(k) = D(k) / 30. */
    static int months(int k) {
        return checkpointDay(k) / 30;
    }

    /** The sales target of checkpoint k in {@link #DEFAULT_TARGETS}. */
    static BigDecimal defaultSalesTarget(int k) {
        return new BigDecimal(DEFAULT_SALES_TARGETS[k - 1]);
    }

    /** The service-score target of checkpoint k (2..4) in {@link #DEFAULT_TARGETS}. */
    static BigDecimal defaultScoreTarget(int k) {
        return new BigDecimal(DEFAULT_SCORE_TARGETS[k - 1]);
    }

    /** The monthly average as the rule book displays it: cumulative / months, 2 places, half-up. */
    static BigDecimal displayedMonthlyAverage(BigDecimal cumulative, int k) {
        return cumulative.divide(BigDecimal.valueOf(months(k)), 2, RoundingMode.HALF_UP);
    }

    /** Due date(k) = launchDate + D(k) days. */
    LocalDate dueDate(int k) {
        return launchDate.plusDays(checkpointDay(k));
    }

    LocalDate day(int n) {
        return launchDate.plusDays(n - 1L);
    }

    /** The same amount on each of days {@code first..last}. */
    TrialScenario sales(int firstDay, int lastDay, String amount) {
        List<String> rows = new ArrayList<>();
        for (int n = firstDay; n <= lastDay; n++) {
            rows.add("{ \"date\": \"" + day(n) + "\", \"amount\": " + amount + " }");
        }
        return put("/daily-sales", rows);
    }

    TrialScenario salesOn(Map<Integer, String> amountsByDay) {
        List<String> rows = new ArrayList<>();
        amountsByDay.forEach((n, amount) -> rows.add("{ \"date\": \"" + day(n) + "\", \"amount\": " + amount + " }"));
        return put("/daily-sales", rows);
    }

    TrialScenario score(int day, String score) {
        return put("/service-scores", List.of("{ \"date\": \"" + day(day) + "\", \"score\": " + score + " }"));
    }

    long violation(int day, String severity, int points) {
        String body = http.post().uri("/api/stores/{id}/violations", storeId).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        { "occurredOn": "%s", "type": "MISLEADING_LISTING", "severity": "%s", "points": %d }"""
                        .formatted(day(day), severity, points))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void revoke(long violationId) {
        http.post().uri("/api/stores/{id}/violations/{v}/revocation", storeId, violationId)
                .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"appeal upheld\" }")
                .exchange().expectStatus().isOk();
    }

    /** {@code POST /evaluations}; answers the JSON. */
    String evaluate() {
        return http.post().uri("/api/stores/{id}/evaluations", storeId).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    String reevaluate(int checkpoint, String reason) {
        return http.post().uri("/api/stores/{id}/checkpoints/{k}/reevaluations", storeId, checkpoint)
                .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"" + reason + "\" }")
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    String verdicts() {
        return get("/verdicts");
    }

    String statusHistory() {
        return get("/status-history");
    }

    String store() {
        return get("");
    }

    String get(String path) {
        return http.get().uri("/api/stores/" + storeId + path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private TrialScenario put(String path, List<String> rows) {
        http.put().uri("/api/stores/{id}" + path, storeId).contentType(MediaType.APPLICATION_JSON)
                .body("[" + String.join(",", rows) + "]")
                .exchange().expectStatus().isOk();
        return this;
    }

    static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    static BigDecimal decimal(String json, String path) {
        Object value = JsonPath.read(json, path);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
