package com.marketplace.trialassessment.data;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.RawUpload;
import com.marketplace.trialassessment.support.Tokens;

/**
 * Slow bulk uploads cannot take the service down: with every upload slot held by a client that sent
 * part of its body and stalled, the rest of the API answers as usual, and one more upload is refused
 * at once with {@code 503} and {@code Retry-After}. The pool has exactly as many connections as there
 * are slots, so the API can only keep answering if a stalled upload holds no connection; a request
 * that waits for one gives up after 2 s.
 */
@IntegrationTest
@TestPropertySource(properties = {"trial.bulk.max-concurrent-uploads=2", "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=2000"})
class BulkUploadCapacityIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();
    final List<RawUpload> stalled = new ArrayList<>();
    long store;

    @BeforeEach
    void createStore() {
        store = new Fixtures(http).createStoreId(LAUNCH);
    }

    @AfterEach
    void closeStalledUploads() throws IOException {
        for (RawUpload upload : stalled) {
            upload.close();
        }
    }

    /** Starts an upload of a body of 100,000 bytes, sends its first row and stalls. */
    void stallAnUpload() throws IOException {
        RawUpload upload = RawUpload.start(port, "/api/bulk/daily-sales", Tokens.feed(), "text/csv", 100_000);
        stalled.add(upload);
        upload.send("storeId,date,amount\n" + store + ",2026-03-01,1\n");
    }

    /** A whole bulk upload of one row, by a feed. */
    HttpResponse<String> upload(String row) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/bulk/daily-sales"))
                .timeout(ANSWER_WITHIN)
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + Tokens.feed())
                .POST(HttpRequest.BodyPublishers.ofString(row))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits until an upload is refused: the stalled ones then hold every slot. The probe's row is
     * dated before the launch, so a probe that still finds a slot stores nothing ({@code 400}).
     */
    void awaitEverySlotTaken() {
        await().atMost(Duration.ofSeconds(20)).until(() -> upload(store + ",2000-01-01,1\n").statusCode() == 503);
    }

    @Test
    void keepsAnsweringWhileEveryUploadSlotIsHeldByAStalledUpload() throws Exception {
        stallAnUpload();
        stallAnUpload();
        awaitEverySlotTaken();

        HttpResponse<String> refused = upload(store + ",2026-03-03,1\n");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(assertProblemBody(refused.body(), 503).get("type").asString())
                .isEqualTo("urn:trial-assessment:problem:unavailable");

        // operations staff read, a feed stores one store's sales, health is up
        http.get().uri("/api/stores?size=5").exchange().expectStatus().isOk();
        http.get().uri("/api/stores/{id}", store).exchange().expectStatus().isOk();
        http.put().uri("/api/stores/{id}/daily-sales", store).header("Authorization", "Bearer " + Tokens.feed())
                .contentType(MediaType.APPLICATION_JSON).body("[{\"date\": \"2026-03-04\", \"amount\": 5}]")
                .exchange().expectStatus().isOk();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        assertThat(json(http.get().uri("/api/stores/{id}/daily-sales", store).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void takesUploadsAgainOnceTheStalledOnesHaveGone() throws Exception {
        stallAnUpload();
        stallAnUpload();
        awaitEverySlotTaken();

        closeStalledUploads();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> upload(store + ",2026-03-05,1\n").statusCode() == 200);
        assertThat(json(http.get().uri("/api/stores/{id}/daily-sales?from=2026-03-05&to=2026-03-05", store)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .get("total").asLong()).isEqualTo(1);
    }
}
