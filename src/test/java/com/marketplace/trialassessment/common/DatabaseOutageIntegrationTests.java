package com.marketplace.trialassessment.common;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.DatabaseProxy;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * A database outage, played by cutting the proxy between the service and PostgreSQL: requests answer
 * {@code 503} with {@code Retry-After} (never {@code 500}), and {@code /actuator/health} says
 * {@code DOWN} at once instead of waiting for the pool. A request waits 2 s for a connection here.
 * The client gives every answer 5 s; none should take nearly that long.
 */
@IntegrationTest
@Import(DatabaseProxy.Configuration.class)
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=2000")
class DatabaseOutageIntegrationTests {

    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);

    @Autowired
    RestTestClient http;

    @Autowired
    DatabaseProxy database;

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().connectTimeout(CLIENT_TIMEOUT).build();
    long store;

    @BeforeEach
    void createStore() {
        store = new Fixtures(http).createStoreId(LocalDate.of(2026, 3, 1));
    }

    @AfterEach
    void endTheOutage() {
        database.restore();
        await().atMost(Duration.ofSeconds(30)).until(() -> send(get("/actuator/health")).statusCode() == 200);
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(CLIENT_TIMEOUT);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        JsonNode problem = assertProblemBody(response.body(), 503);
        assertThat(problem.get("type").asString()).isEqualTo("urn:trial-assessment:problem:unavailable");
    }

    @Test
    void healthSaysDownWhenTheDatabaseStopsAnswering() throws Exception {
        send(get("/api/stores/" + store).header("Authorization", "Bearer " + Tokens.ops()));
        database.blackhole();

        // operations staff see which check is down; anyone else the status only
        HttpResponse<String> health = send(get("/actuator/health").header("Authorization", "Bearer " + Tokens.ops()));

        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode body = json(health.body());
        assertThat(body.get("status").asString()).isEqualTo("DOWN");
        assertThat(body.at("/components/db/status").asString()).isEqualTo("DOWN");
    }

    @Test
    void healthSaysDownWhenTheDatabaseIsGone() throws Exception {
        database.refuse();

        HttpResponse<String> health = send(get("/actuator/health").header("Authorization", "Bearer " + Tokens.ops()));
        HttpResponse<String> anonymous = send(get("/actuator/health"));

        assertThat(anonymous.statusCode()).isEqualTo(503);
        assertThat(json(anonymous.body()).get("status").asString()).isEqualTo("DOWN");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json(health.body()).at("/components/db/status").asString()).isEqualTo("DOWN");
    }

    @Test
    void requestsAnswerServiceUnavailableWhileTheDatabaseIsGone() throws Exception {
        // the pool's connections were just used, so it hands them out again without checking them first
        send(get("/api/stores/" + store).header("Authorization", "Bearer " + Tokens.ops()));
        database.refuse();

        assertUnavailable(send(get("/api/stores/" + store).header("Authorization", "Bearer " + Tokens.ops())));
        assertUnavailable(send(get("/api/stores?size=5").header("Authorization", "Bearer " + Tokens.ops())));
        assertUnavailable(send(get("/api/stores/" + store + "/daily-sales")
                .header("Authorization", "Bearer " + Tokens.feed()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("[{\"date\": \"2026-03-02\", \"amount\": 5}]"))));
        assertUnavailable(send(get("/api/bulk/daily-sales")
                .header("Authorization", "Bearer " + Tokens.feed()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(store + ",2026-03-02,5\n"))));
    }

    @Test
    void aRetriedPostWithAnIdempotencyKeyAnswersServiceUnavailableToo() throws Exception {
        send(get("/api/stores/" + store).header("Authorization", "Bearer " + Tokens.ops()));
        database.refuse();

        // the key is taken in the database before the request reaches the API: a filter's failure
        assertUnavailable(send(get("/api/stores/" + store + "/violations")
                .header("Authorization", "Bearer " + Tokens.feed()).header("Content-Type", "application/json")
                .header("Idempotency-Key", "outage-1")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"occurredOn": "2026-03-02", "type": "LATE_SHIPMENT", "severity": "GENERAL", "points": 2}"""))));
    }

    @Test
    void answersAgainOnceTheDatabaseIsBack() throws Exception {
        database.refuse();
        assertUnavailable(send(get("/api/stores/" + store).header("Authorization", "Bearer " + Tokens.ops())));

        database.restore();

        await().atMost(Duration.ofSeconds(30)).until(() -> send(get("/api/stores/" + store)
                .header("Authorization", "Bearer " + Tokens.ops())).statusCode() == 200);
    }
}
