package com.marketplace.trialassessment.idempotency;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.TrialAssessmentApplication;
import com.marketplace.trialassessment.support.Concurrently;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.PostgresTestConfiguration;
import com.marketplace.trialassessment.support.TestClockConfiguration;
import com.marketplace.trialassessment.support.Tokens;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.JsonNode;

/**
 * A {@code POST} that creates something, retried with the same {@code Idempotency-Key}, creates it
 * once and answers the first answer again. Has a schema of its own (the property below makes its
 * context differ), because the evaluation runs it starts decide every due store in the database.
 */
@IntegrationTest
@TestPropertySource(properties = "trial.idempotency.retention=72h")
class IdempotencyIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    static final String VIOLATION = """
            { "occurredOn": "2026-04-10", "type": "MISLEADING_LISTING", "severity": "GENERAL", "points": 6 }""";

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    IdempotencyKeys keys;

    long store;

    @BeforeEach
    void store() {
        clock.setToday(TestClockConfiguration.DEFAULT_TODAY);
        store = new Fixtures(http).createStoreId(LAUNCH);
    }

    @Test
    void aRetriedViolationIsRecordedOnceAndAnsweredTheSameBothTimes() {
        String key = key();

        EntityExchangeResult<String> first = post(violations(), VIOLATION, key, Tokens.feed());
        EntityExchangeResult<String> retry = post(violations(), VIOLATION, key, Tokens.feed());

        assertThat(first.getStatus().value()).isEqualTo(201);
        assertThat(retry.getStatus().value()).isEqualTo(201);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation())
                .isNotNull();
        assertThat(retry.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(first.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(retry.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(violationCount()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndCreatesNothing() {
        String key = key();
        post(violations(), VIOLATION, key, Tokens.feed());

        EntityExchangeResult<String> other = post(violations(), VIOLATION.replace("\"points\": 6", "\"points\": 7"),
                key, Tokens.feed());

        assertThat(other.getStatus().value()).isEqualTo(422);
        JsonNode problem = assertProblemBody(other.getResponseBody(), 422);
        assertThat(problem.get("type").asString()).isEqualTo("urn:trial-assessment:problem:idempotency-key-reused");
        assertThat(violationCount()).isEqualTo(1);
    }

    @Test
    void theSameKeyOnAnotherEndpointIsRefused() {
        String key = key();
        post(violations(), VIOLATION, key, Tokens.ops());

        EntityExchangeResult<String> other = post("/api/stores", Fixtures.storeJson(
                new Fixtures(http).createCategory(), "m-1", LAUNCH), key, Tokens.ops());

        assertThat(other.getStatus().value()).isEqualTo(422);
    }

    @Test
    void keysOfDifferentCallersAreIndependent() {
        String key = key();

        post(violations(), VIOLATION, key, Tokens.feed());
        EntityExchangeResult<String> ops = post(violations(), VIOLATION, key, Tokens.ops());

        assertThat(ops.getStatus().value()).isEqualTo(201);
        assertThat(ops.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(violationCount()).isEqualTo(2);
    }

    @Test
    void concurrentRequestsWithTheSameKeyCreateOneViolation() throws Exception {
        String key = key();

        List<Integer> statuses = Concurrently.statuses(6, n -> post(violations(), VIOLATION, key, Tokens.feed())
                .getStatus().value());

        assertThat(statuses).containsOnly(201);
        assertThat(violationCount()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestStoresNothingAndItsKeyServesTheCorrectedRequest() {
        String key = key();

        EntityExchangeResult<String> refused = post(violations(), VIOLATION.replace("\"points\": 6", "\"points\": 99"),
                key, Tokens.feed());
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(violationCount()).isZero();

        EntityExchangeResult<String> corrected = post(violations(), VIOLATION, key, Tokens.feed());
        EntityExchangeResult<String> retry = post(violations(), VIOLATION, key, Tokens.feed());

        assertThat(corrected.getStatus().value()).isEqualTo(201);
        assertThat(corrected.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(retry.getResponseBody()).isEqualTo(corrected.getResponseBody());
        assertThat(violationCount()).isEqualTo(1);
    }

    @Test
    void aRequestForAStoreThatDoesNotExistStoresNothing() {
        String key = key();

        assertThat(post("/api/stores/" + Long.MAX_VALUE + "/violations", VIOLATION, key, Tokens.feed()).getStatus()
                .value()).isEqualTo(404);
        assertThat(post(violations(), VIOLATION, key, Tokens.feed()).getStatus().value()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "too long", "tab", "twice"})
    void refusesAnUnusableKeyAndCreatesNothing(String kind) {
        RestTestClient.RequestBodySpec request = http.post().uri(violations()).contentType(MediaType.APPLICATION_JSON);
        switch (kind) {
            case "empty" -> request.header(IdempotencyFilter.HEADER, "");
            case "too long" -> request.header(IdempotencyFilter.HEADER, "k".repeat(256));
            case "tab" -> request.header(IdempotencyFilter.HEADER, "a\tb");
            default -> request.header(IdempotencyFilter.HEADER, key(), key());
        }

        JsonNode problem = assertProblem(request.body(VIOLATION).exchange(), 400);

        assertThat(problem.get("type").asString()).isEqualTo("urn:trial-assessment:problem:validation");
        assertThat(singleError(problem).get("field").asString()).isEqualTo(IdempotencyFilter.HEADER);
        assertThat(violationCount()).isZero();
    }

    @Test
    void acceptsAKeyOf255PrintableCharacters() {
        String key = "~ !" + "k".repeat(252);

        assertThat(post(violations(), VIOLATION, key, Tokens.feed()).getStatus().value()).isEqualTo(201);
        assertThat(post(violations(), VIOLATION, key, Tokens.feed()).getStatus().value()).isEqualTo(201);
        assertThat(violationCount()).isEqualTo(1);
    }

    /** Every POST that creates something, with a count of what it creates. */
    record Creation(String name, String path, String body, int status, LongSupplier count) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<String> creatingEndpoints() {
        return Stream.of("categories", "target versions", "stores", "violations", "re-evaluations",
                "evaluation runs");
    }

    Creation creation(String name) {
        Fixtures data = new Fixtures(http);
        return switch (name) {
            case "categories" -> new Creation(name, "/api/categories",
                    Fixtures.categoryJson(Fixtures.unique("idem"), LocalDate.of(2026, 1, 1)), 201,
                    () -> total("/api/categories"));
            case "target versions" -> {
                String category = data.createCategory();
                yield new Creation(name, "/api/categories/" + category + "/target-versions",
                        "{ \"effectiveFrom\": \"2027-01-01\", \"targets\": " + Fixtures.validTargetsJson() + " }", 201,
                        () -> json(get("/api/categories/" + category)).get("targetVersions").size());
            }
            case "stores" -> {
                String category = data.createCategory();
                yield new Creation(name, "/api/stores", Fixtures.storeJson(category, "m-idem", LAUNCH), 201,
                        () -> total("/api/stores?categoryCode=" + category));
            }
            case "violations" -> new Creation(name, violations(), VIOLATION, 201, this::violationCount);
            case "re-evaluations" -> {
                Trial trial = new Fixtures(http).launch(LAUNCH).sales(1, 30, "2000.00");
                trial.evaluate();
                yield new Creation(name, "/api/stores/" + trial.storeId() + "/checkpoints/1/reevaluations",
                        "{ \"reason\": \"appeal upheld\" }", 200,
                        () -> total("/api/stores/" + trial.storeId() + "/verdicts"));
            }
            case "evaluation runs" -> new Creation(name, "/api/evaluation-runs", null, 202,
                    () -> total("/api/evaluation-runs"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creatingEndpoints")
    void everyCreatingEndpointCreatesOncePerKey(String endpoint) {
        Creation creation = creation(endpoint);
        long before = creation.count().getAsLong();
        String key = key();

        EntityExchangeResult<String> first = post(creation.path(), creation.body(), key, Tokens.ops());
        EntityExchangeResult<String> retry = post(creation.path(), creation.body(), key, Tokens.ops());

        assertThat(first.getStatus().value()).as(first.getResponseBody()).isEqualTo(creation.status());
        assertThat(retry.getStatus().value()).isEqualTo(creation.status());
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(retry.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(creation.count().getAsLong()).isEqualTo(before + 1);
        if (endpoint.equals("evaluation runs")) {
            // the run goes on in the background once it is committed, and finishes
            String location = first.getResponseHeaders().getLocation().toString();
            await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(json(get(location))
                    .get("status").asString()));
        }
    }

    @Test
    void keysAreKeptForTheRetentionAndForgottenAfterIt() {
        String key = key();
        post(violations(), VIOLATION, key, Tokens.feed());
        String otherBody = VIOLATION.replace("\"points\": 6", "\"points\": 7");

        clock.set(clock.instant().plus(Duration.ofHours(71)));
        keys.deleteExpired();
        assertThat(post(violations(), otherBody, key, Tokens.feed()).getStatus().value()).isEqualTo(422);

        clock.set(clock.instant().plus(Duration.ofHours(2)));
        keys.deleteExpired();
        assertThat(post(violations(), otherBody, key, Tokens.feed()).getStatus().value()).isEqualTo(201);
        assertThat(violationCount()).isEqualTo(2);
    }

    /**
     * The filter is a servlet filter with a database behind it: it must not bring the data source up
     * before the context's own database settings are there (the tests' schema of their own).
     */
    @Test
    void runsOnTheContextsOwnSchema(@Autowired HikariDataSource dataSource, @Autowired Environment environment) {
        assertThat(dataSource.getSchema()).isEqualTo(environment.getRequiredProperty("trial.db-schema"));
        assertThat(dataSource.getJdbcUrl()).isEqualTo(environment.getRequiredProperty("spring.datasource.url"));
    }

    @Test
    void twoInstancesOnOneDatabaseHonourOneKey(@Autowired HikariDataSource dataSource,
            @Autowired Environment environment) throws Exception {
        try (ConfigurableApplicationContext other = secondInstance(dataSource, environment)) {
            RestTestClient second = RestTestClient.bindToServer().baseUrl("http://localhost:"
                    + ((WebServerApplicationContext) other).getWebServer().getPort()).build();
            String key = key();

            EntityExchangeResult<String> first = post(http, violations(), VIOLATION, key, Tokens.feed());
            EntityExchangeResult<String> retry = post(second, violations(), VIOLATION, key, Tokens.feed());

            assertThat(retry.getStatus().value()).as(retry.getResponseBody()).isEqualTo(201);
            assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
            assertThat(retry.getResponseHeaders().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
            assertThat(violationCount()).isEqualTo(1);

            String together = key();
            List<Integer> statuses = Concurrently.statuses(6, n -> post(n % 2 == 0 ? http : second, violations(),
                    VIOLATION, together, Tokens.feed()).getStatus().value());

            assertThat(statuses).containsOnly(201);
            assertThat(violationCount()).isEqualTo(2);
        }
    }

    /** Another instance of the service, on this one's database and schema. */
    private static ConfigurableApplicationContext secondInstance(HikariDataSource dataSource, Environment environment) {
        // command-line arguments, so that they win over application.yml
        return new SpringApplicationBuilder(TrialAssessmentApplication.class, TestClockConfiguration.class).run(
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--trial.db-schema=" + environment.getRequiredProperty("trial.db-schema"),
                "--" + PostgresTestConfiguration.REUSE_DATABASE + "=true",
                "--trial.schedule.enabled=false",
                "--trial.security.hmac-secret=" + Tokens.SECRET,
                "--trial.security.issuer=" + Tokens.ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + Tokens.AUDIENCE,
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    @Test
    void theApiDescriptionNamesTheHeaderWhereItIsHonoured() {
        JsonNode api = json(get("/v3/api-docs"));

        assertThat(headers(api.at("/paths/~1api~1stores~1{id}~1violations/post/parameters")))
                .contains(IdempotencyFilter.HEADER);
        assertThat(headers(api.at("/paths/~1api~1evaluation-runs/post/parameters"))).contains(IdempotencyFilter.HEADER);
        assertThat(headers(api.at("/paths/~1api~1bulk~1daily-sales/post/parameters")))
                .doesNotContain(IdempotencyFilter.HEADER);
        assertThat(headers(api.at("/paths/~1api~1stores~1{id}~1violations/get/parameters")))
                .doesNotContain(IdempotencyFilter.HEADER);
    }

    private static List<String> headers(JsonNode parameters) {
        return parameters.valueStream().filter(p -> "header".equals(p.path("in").asString()))
                .map(p -> p.get("name").asString()).toList();
    }

    @Test
    void requestsWithoutAKeyAreNotRemembered() {
        post(violations(), VIOLATION, null, Tokens.feed());
        post(violations(), VIOLATION, null, Tokens.feed());

        assertThat(violationCount()).isEqualTo(2);
    }

    // ---- helpers

    static String key() {
        return UUID.randomUUID().toString();
    }

    String violations() {
        return "/api/stores/" + store + "/violations";
    }

    long violationCount() {
        return total(violations());
    }

    long total(String uri) {
        return json(get(uri)).get("total").asLong();
    }

    String get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
    }

    EntityExchangeResult<String> post(String uri, String body, String key, String token) {
        return post(http, uri, body, key, token);
    }

    static EntityExchangeResult<String> post(RestTestClient client, String uri, String body, String key, String token) {
        RestTestClient.RequestBodySpec request = client.post().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (key != null) {
            request.header(IdempotencyFilter.HEADER, key);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange().expectBody(String.class).returnResult();
    }
}
