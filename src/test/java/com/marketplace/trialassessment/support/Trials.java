package com.marketplace.trialassessment.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;

/**
 * Builds stores' trials over HTTP for tests outside the assessment package: a category of their own
 * (so tests sharing a database never see each other's stores), stores in it, their sales, scores and
 * violations. Figures are written as strings, so no binary floating point is involved. The API
 * refuses data dated after today, so move the clock before sending data.
 */
public final class Trials {

    /** Targets per checkpoint: sales 50,000 / 80,000 / 100,000 / 120,000; scores 4.60 / 4.65 / 4.70. */
    public static final String DEFAULT_TARGETS = """
            [ { "checkpoint": 1, "salesTarget": 50000.00 },
              { "checkpoint": 2, "salesTarget": 80000.00, "serviceScoreTarget": 4.60 },
              { "checkpoint": 3, "salesTarget": 100000.00, "serviceScoreTarget": 4.65 },
              { "checkpoint": 4, "salesTarget": 120000.00, "serviceScoreTarget": 4.70 } ]""";

    private Trials() {
    }

    /** Creates a category with {@link #DEFAULT_TARGETS} and a code no other test uses; answers the code. */
    public static String newCategory(RestTestClient http) {
        return newCategory(http, DEFAULT_TARGETS);
    }

    public static String newCategory(RestTestClient http, String targetsJson) {
        String code = "dash-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON)
                .body("{ \"code\": \"" + code + "\", \"name\": \"Dashboard " + code + "\", \"targets\": " + targetsJson
                        + " }")
                .exchange().expectStatus().isCreated();
        return code;
    }

    /** A store in a category of its own, with {@link #DEFAULT_TARGETS}. */
    public static Trial launch(RestTestClient http, LocalDate launchDate) {
        return launch(http, newCategory(http), launchDate, "Lanxi Flagship Store");
    }

    /** A store in the given category. */
    public static Trial launch(RestTestClient http, String categoryCode, LocalDate launchDate, String name) {
        String merchant = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String store = http.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        { "name": "%s", "merchantId": "%s", "categoryCode": "%s",
                          "storeType": "FLAGSHIP", "launchDate": "%s" }""".formatted(name, merchant, categoryCode,
                        launchDate))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return new Trial(http, ((Number) JsonPath.read(store, "$.id")).longValue(), categoryCode, merchant,
                launchDate);
    }

    /** The decimal at {@code path}, exactly as the JSON wrote it; null for JSON null. */
    public static BigDecimal decimal(String json, String path) {
        Object value = JsonPath.read(json, path);
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** One store's trial. */
    public static final class Trial {

        private final RestTestClient http;
        private final long storeId;
        private final String categoryCode;
        private final String merchantId;
        private final LocalDate launchDate;

        Trial(RestTestClient http, long storeId, String categoryCode, String merchantId, LocalDate launchDate) {
            this.http = http;
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

        /** The calendar date of trial day n: {@code launchDate + (n - 1)}. */
        public LocalDate day(int n) {
            return launchDate.plusDays(n - 1L);
        }

        /** Due date(k) = {@code launchDate + D(k)}, D = 30, 90, 150, 210. */
        public LocalDate dueDate(int checkpoint) {
            return launchDate.plusDays(new int[] {30, 90, 150, 210}[checkpoint - 1]);
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
            return ((Number) JsonPath.read(body, "$.id")).longValue();
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

        /** {@code GET /api/stores/{id}/assessment}. */
        public String assessment() {
            return get("/assessment");
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
}
