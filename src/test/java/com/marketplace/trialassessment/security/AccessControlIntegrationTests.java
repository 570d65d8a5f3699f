package com.marketplace.trialassessment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.Tokens;

/**
 * Every endpoint × every kind of caller. Has a schema of its own (the property below makes its
 * context differ), because evaluation runs started here decide every due store in the database.
 */
@IntegrationTest
@TestPropertySource(properties = "trial.schedule.chunk-size=50")
class AccessControlIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String OWNER = "m-own";
    static final String OTHER = "m-other";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    enum Caller {
        NO_TOKEN, BAD_SIGNATURE, EXPIRED, OPS, FEED, MERCHANT_OWNER, MERCHANT_OTHER;

        String header() {
            return switch (this) {
                case NO_TOKEN -> null;
                case BAD_SIGNATURE -> "Bearer " + Tokens.badSignature();
                case EXPIRED -> "Bearer " + Tokens.expired();
                case OPS -> "Bearer " + Tokens.ops();
                case FEED -> "Bearer " + Tokens.feed();
                case MERCHANT_OWNER -> "Bearer " + Tokens.merchant(OWNER);
                case MERCHANT_OTHER -> "Bearer " + Tokens.merchant(OTHER);
            };
        }
    }

    /** A request, made fresh for every call so that calls never collide (codes, dates, violations). */
    record Call(HttpMethod method, String path, String body, MediaType type) {
    }

    /** Expected statuses for OPS, FEED, MERCHANT_OWNER, MERCHANT_OTHER; the three bad callers get 401. */
    record Row(String name, Supplier<Call> call, int ops, int feed, int owner, int other, boolean open) {

        int expected(Caller caller) {
            return switch (caller) {
                case NO_TOKEN, BAD_SIGNATURE, EXPIRED -> open ? ops : 401;
                case OPS -> ops;
                case FEED -> feed;
                case MERCHANT_OWNER -> owner;
                case MERCHANT_OTHER -> other;
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static RestTestClient admin;
    static String category;
    static long store;
    static long runId;

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void world() {
        clock.setToday(TODAY);
        admin = http;
        if (category != null) {
            return;
        }
        category = "acl-" + SEQUENCE.incrementAndGet();
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON).body(categoryBody(category))
                .exchange().expectStatus().isCreated();
        store = createStore(OWNER);
        put("/api/stores/" + store + "/daily-sales", salesRows(store, 1, 60));
        put("/api/stores/" + store + "/service-scores", "[{ \"date\": \"" + day(10) + "\", \"score\": 4.9 }]");
        http.post().uri("/api/stores/{id}/evaluations", store).exchange().expectStatus().isOk();
        String run = http.post().uri("/api/evaluation-runs").exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        runId = ((Number) JsonPath.read(run, "$.id")).longValue();
    }

    static Stream<Arguments> matrix() {
        List<Row> rows = List.of(
                row("create category", () -> call("POST", "/api/categories", categoryBody("acl-" + SEQUENCE.incrementAndGet())),
                        201, 403, 403, 403),
                row("list categories", () -> call("GET", "/api/categories", null), 200, 403, 403, 403),
                row("get category", () -> call("GET", "/api/categories/" + category, null), 200, 403, 403, 403),
                row("add target version", () -> call("POST", "/api/categories/" + category + "/target-versions",
                        targetVersionBody(LocalDate.of(2030, 1, 1).plusDays(SEQUENCE.incrementAndGet()))),
                        201, 403, 403, 403),
                row("create store", () -> call("POST", "/api/stores", storeBody(OWNER)), 201, 403, 403, 403),
                row("list stores", () -> call("GET", "/api/stores", null), 200, 403, 200, 200),
                row("get store", () -> call("GET", "/api/stores/" + store, null), 200, 403, 200, 404),
                row("put daily sales", () -> call("PUT", "/api/stores/" + store + "/daily-sales",
                        salesRows(store, 61, 61)), 200, 200, 403, 403),
                row("get daily sales", () -> call("GET", "/api/stores/" + store + "/daily-sales", null),
                        200, 200, 200, 404),
                row("put service scores", () -> call("PUT", "/api/stores/" + store + "/service-scores",
                        "[{ \"date\": \"" + day(20) + "\", \"score\": 4.8 }]"), 200, 200, 403, 403),
                row("get service scores", () -> call("GET", "/api/stores/" + store + "/service-scores", null),
                        200, 200, 200, 404),
                row("bulk daily sales", () -> csv("/api/bulk/daily-sales", store + "," + day(62) + ",10.00\n"),
                        200, 200, 403, 403),
                row("bulk service scores", () -> csv("/api/bulk/service-scores", store + "," + day(21) + ",4.70\n"),
                        200, 200, 403, 403),
                row("record violation", () -> call("POST", "/api/stores/" + store + "/violations", violationBody()),
                        201, 201, 403, 403),
                row("list violations", () -> call("GET", "/api/stores/" + store + "/violations", null),
                        200, 200, 200, 404),
                row("get violation", () -> call("GET", "/api/stores/" + store + "/violations/" + violation(), null),
                        200, 200, 200, 404),
                row("revoke violation", () -> call("POST", "/api/stores/" + store + "/violations/" + violation()
                        + "/revocation", "{ \"reason\": \"appeal upheld\" }"), 200, 403, 403, 403),
                row("evaluate store", () -> call("POST", "/api/stores/" + store + "/evaluations", null),
                        200, 403, 403, 403),
                row("list verdicts", () -> call("GET", "/api/stores/" + store + "/verdicts", null), 200, 403, 200, 404),
                row("re-evaluate", () -> call("POST", "/api/stores/" + store + "/checkpoints/1/reevaluations",
                        "{ \"reason\": \"appeal\" }"), 200, 403, 403, 403),
                row("status history", () -> call("GET", "/api/stores/" + store + "/status-history", null),
                        200, 403, 200, 404),
                row("assessment", () -> call("GET", "/api/stores/" + store + "/assessment", null), 200, 403, 200, 404),
                row("sales curve", () -> call("GET", "/api/stores/" + store + "/assessment/sales-curve", null),
                        200, 403, 200, 404),
                row("annual results", () -> call("GET", "/api/stores/" + store + "/annual-results", null),
                        200, 403, 200, 404),
                // the world's store is on trial: it has no annual result to re-evaluate and no year to show
                row("re-evaluate annual assessment", () -> call("POST", "/api/stores/" + store
                        + "/annual-assessments/2026/reevaluations", "{ \"reason\": \"appeal\" }"), 409, 403, 403, 403),
                row("re-evaluate rectification review", () -> call("POST", "/api/stores/" + store
                        + "/rectification-reviews/2026/reevaluations", "{ \"reason\": \"appeal\" }"), 409, 403, 403, 403),
                row("annual standing", () -> call("GET", "/api/stores/" + store + "/annual-standing", null),
                        409, 403, 409, 404),
                row("fee statements", () -> call("GET", "/api/stores/" + store + "/fee-statements", null),
                        200, 403, 200, 404),
                row("fee statements of a year, for finance", () -> call("GET", "/api/fee-statements?year=2026", null),
                        200, 403, 403, 403),
                row("subscribe to webhooks", () -> call("POST", "/api/webhook-subscriptions",
                        "{ \"url\": \"https://93.184.216.34/hooks\", \"events\": [\"store.cleared\"] }"),
                        201, 403, 201, 201),
                row("list webhook subscriptions", () -> call("GET", "/api/webhook-subscriptions", null),
                        200, 403, 200, 200),
                row("at-risk stores", () -> call("GET", "/api/dashboard/at-risk-stores", null), 200, 403, 403, 403),
                row("formal stores at risk", () -> call("GET", "/api/dashboard/at-risk-stores?phase=FORMAL", null),
                        200, 403, 403, 403),
                row("summary", () -> call("GET", "/api/dashboard/summary", null), 200, 403, 403, 403),
                row("start run", () -> call("POST", "/api/evaluation-runs", null), 202, 403, 403, 403),
                row("list runs", () -> call("GET", "/api/evaluation-runs", null), 200, 403, 403, 403),
                row("get run", () -> call("GET", "/api/evaluation-runs/" + runId, null), 200, 403, 403, 403),
                row("prometheus", () -> call("GET", "/actuator/prometheus", null), 200, 403, 403, 403),
                new Row("health", () -> call("GET", "/actuator/health", null), 200, 200, 200, 200, true),
                new Row("openapi", () -> call("GET", "/v3/api-docs", null), 200, 200, 200, 200, true));
        List<Arguments> arguments = new ArrayList<>();
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                arguments.add(Arguments.of(row, caller));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void answersEachCallerWithTheExpectedStatus(Row row, Caller caller) {
        Call call = row.call().get();
        RestTestClient.RequestBodySpec request = raw().method(call.method()).uri(call.path());
        if (caller.header() != null) {
            request.header(HttpHeaders.AUTHORIZATION, caller.header());
        }
        if (call.body() != null) {
            request.contentType(call.type()).body(call.body());
        }
        int expected = row.expected(caller);
        var result = request.exchange().expectBody(String.class).returnResult();

        assertThat(result.getStatus().value()).as("%s as %s: %s", row.name(), caller, result.getResponseBody())
                .isEqualTo(expected);
        if (expected == 401 || expected == 403 || expected == 404) {
            assertThat(result.getResponseHeaders().getContentType())
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponseBody()).contains("\"status\":" + expected);
        }
        if (expected == 401) {
            assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
    }

    static Stream<Arguments> tokensNotForThisService() {
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);
        return Stream.of(
                Arguments.of("no exp", Tokens.claims("ops-alice", List.of("OPS"), null, inAnHour)
                        .claims(claims -> claims.remove("exp"))),
                Arguments.of("another audience", Tokens.claims("ops-alice", List.of("OPS"), null, inAnHour)
                        .audience(List.of("billing-service"))),
                Arguments.of("no aud", Tokens.claims("ops-alice", List.of("OPS"), null, inAnHour)
                        .claims(claims -> claims.remove("aud"))),
                Arguments.of("another issuer", Tokens.claims("ops-alice", List.of("OPS"), null, inAnHour)
                        .issuer("https://login.elsewhere.example")),
                Arguments.of("no iss", Tokens.claims("ops-alice", List.of("OPS"), null, inAnHour)
                        .claims(claims -> claims.remove("iss"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensNotForThisService")
    void refusesAWellSignedTokenThatIsNotForThisService(String name, JwtClaimsSet.Builder claims) {
        String token = Tokens.encode(claims, Tokens.SECRET);

        raw().get().uri("/api/categories").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void merchantsListOnlyTheirOwnStoresWhateverTheyAskFor() {
        long others = createStore(OTHER);

        for (String query : List.of("", "?merchantId=" + OTHER, "?merchantId=" + OWNER)) {
            String page = raw().get().uri("/api/stores" + query + (query.isEmpty() ? "?" : "&") + "size=500")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.merchant(OWNER))
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            List<String> merchants = JsonPath.read(page, "$.items[*].merchantId");
            List<Integer> ids = JsonPath.read(page, "$.items[*].id");
            assertThat(merchants).as(query).doesNotContain(OTHER).allMatch(OWNER::equals);
            assertThat(ids).as(query).doesNotContain((int) others);
        }
        String own = raw().get().uri("/api/stores?size=500").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + Tokens.merchant(OWNER)).exchange().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat((List<Integer>) JsonPath.read(own, "$.items[*].id")).contains((int) store);
    }

    @Test
    void anotherMerchantsStoreLooksExactlyLikeOneThatDoesNotExist() {
        String others = raw().get().uri("/api/stores/{id}", store)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.merchant(OTHER))
                .exchange().expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        String missing = raw().get().uri("/api/stores/{id}", Long.MAX_VALUE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.merchant(OTHER))
                .exchange().expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();

        assertThat(others.replace(Long.toString(store), "ID")).isEqualTo(missing.replace(Long.toString(Long.MAX_VALUE), "ID"));
    }

    @Test
    void merchantsCannotChangeTheirOwnData() {
        String before = admin.get().uri("/api/stores/{id}/daily-sales?size=500", store).exchange()
                .expectBody(String.class).returnResult().getResponseBody();

        raw().put().uri("/api/stores/{id}/daily-sales", store)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.merchant(OWNER))
                .contentType(MediaType.APPLICATION_JSON).body("[{ \"date\": \"" + day(1) + "\", \"amount\": 1.00 }]")
                .exchange().expectStatus().isForbidden();

        assertThat(admin.get().uri("/api/stores/{id}/daily-sales?size=500", store).exchange()
                .expectBody(String.class).returnResult().getResponseBody()).isEqualTo(before);
    }

    @Test
    void recordsWhoRevokedReevaluatedAddedTargetsAndStartedRuns() {
        String revoked = raw().post().uri("/api/stores/{id}/violations/{v}/revocation", store, violation())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.token("ops-bob", List.of("OPS"), null,
                        Tokens.SECRET, java.time.Instant.now().plusSeconds(600)))
                .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"appeal upheld\" }")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String reevaluated = http.post().uri("/api/stores/{id}/checkpoints/1/reevaluations", store)
                .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"appeal\" }")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String version = http.post().uri("/api/categories/{code}/target-versions", category)
                .contentType(MediaType.APPLICATION_JSON)
                .body(targetVersionBody(LocalDate.of(2040, 1, 1).plusDays(SEQUENCE.incrementAndGet())))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        String run = http.post().uri("/api/evaluation-runs").exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat((String) JsonPath.read(revoked, "$.revokedBy")).isEqualTo("ops-bob");
        assertThat((String) JsonPath.read(reevaluated, "$.decided[0].decidedBy")).isEqualTo("ops-alice");
        assertThat((String) JsonPath.read(version, "$.createdBy")).isEqualTo("ops-alice");
        assertThat((String) JsonPath.read(run, "$.startedBy")).isEqualTo("ops-alice");
    }

    // ---- helpers

    RestTestClient raw() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    static Row row(String name, Supplier<Call> call, int ops, int feed, int owner, int other) {
        return new Row(name, call, ops, feed, owner, other, false);
    }

    static Call call(String method, String path, String body) {
        return new Call(HttpMethod.valueOf(method), path, body, MediaType.APPLICATION_JSON);
    }

    static Call csv(String path, String body) {
        return new Call(HttpMethod.POST, path, body, MediaType.parseMediaType("text/csv"));
    }

    static LocalDate day(int n) {
        return TODAY.minusDays(100).plusDays(n - 1L);
    }

    static long createStore(String merchant) {
        String body = admin.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON).body(storeBody(merchant))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static long violation() {
        String body = admin.post().uri("/api/stores/{id}/violations", store).contentType(MediaType.APPLICATION_JSON)
                .body(violationBody()).exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static void put(String path, String body) {
        admin.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isOk();
    }

    static String categoryBody(String code) {
        return "{ \"code\": \"" + code + "\", \"name\": \"ACL\", \"targets\": " + TARGETS + " }";
    }

    static String targetVersionBody(LocalDate effectiveFrom) {
        return "{ \"effectiveFrom\": \"" + effectiveFrom + "\", \"targets\": " + TARGETS + " }";
    }

    static String storeBody(String merchant) {
        return """
                { "name": "ACL store", "merchantId": "%s", "categoryCode": "%s", "storeType": "FLAGSHIP",
                  "launchDate": "%s" }""".formatted(merchant, category, day(1));
    }

    static String violationBody() {
        return "{ \"occurredOn\": \"" + day(5) + "\", \"type\": \"LATE_SHIPMENT\", \"severity\": \"GENERAL\", \"points\": 0 }";
    }

    static String salesRows(long storeId, int first, int last) {
        StringBuilder rows = new StringBuilder("[");
        for (int n = first; n <= last; n++) {
            rows.append(n == first ? "" : ",").append("{ \"date\": \"").append(day(n)).append("\", \"amount\": 3000.00 }");
        }
        return rows.append("]").toString();
    }

    static final String TARGETS = """
            [ { "checkpoint": 1, "salesTarget": 50000.00 },
              { "checkpoint": 2, "salesTarget": 80000.00, "serviceScoreTarget": 4.60 },
              { "checkpoint": 3, "salesTarget": 100000.00, "serviceScoreTarget": 4.65 },
              { "checkpoint": 4, "salesTarget": 120000.00, "serviceScoreTarget": 4.70 } ]""";

}
