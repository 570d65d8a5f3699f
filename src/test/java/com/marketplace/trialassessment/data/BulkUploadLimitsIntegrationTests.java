package com.marketplace.trialassessment.data;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertNoInternals;
import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.ProblemAssertions.errors;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.RawUpload;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * The bulk endpoints' own limits, set small here: body size, the number of errors listed, and how
 * slowly a body may arrive.
 */
@IntegrationTest
@TestPropertySource(properties = {"trial.bulk.max-body-size=64KB", "trial.bulk.max-listed-errors=5",
        "trial.bulk.idle-timeout=2s", "trial.bulk.max-read-time=4s"})
class BulkUploadLimitsIntegrationTests {

    /** Long ago, so that the store has more days than the limit holds rows. */
    static final LocalDate LAUNCH = LocalDate.of(2000, 1, 1);
    static final int LIMIT = 64 * 1024;

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    long store;

    @BeforeEach
    void createStore() {
        Fixtures data = new Fixtures(http);
        store = data.createStore(data.createCategory(LAUNCH), Fixtures.unique("m"), LAUNCH).get("id").asLong();
    }

    /** Valid rows (the store's days from launch on), at least {@code bytes} long. */
    String rows(int bytes) {
        StringBuilder body = new StringBuilder();
        for (LocalDate day = LAUNCH; body.length() < bytes; day = day.plusDays(1)) {
            body.append(store).append(',').append(day).append(",1\n");
        }
        return body.toString();
    }

    long storedRows() {
        return json(http.get().uri("/api/stores/{id}/daily-sales?size=1", store).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).get("total").asLong();
    }

    @Test
    void answersContentTooLargeForADeclaredLengthOverTheLimit() {
        JsonNode problem = assertProblem(http.post().uri("/api/bulk/daily-sales").contentType(MediaType.parseMediaType("text/csv"))
                .body(rows(LIMIT + 100)).exchange(), 413);

        assertThat(problem.get("detail").asString()).contains(String.valueOf(LIMIT));
        assertThat(storedRows()).isZero();
    }

    @Test
    void answersContentTooLargeForAChunkedBodyThatGrowsOverTheLimit() throws Exception {
        byte[] body = rows(LIMIT + 100).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/bulk/daily-sales"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + Tokens.feed())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblemBody(response.body(), 413);
        assertThat(storedRows()).isZero();
    }

    @Test
    void acceptsABodyJustUnderTheLimit() {
        String body = rows(LIMIT - 200);

        http.post().uri("/api/bulk/daily-sales").contentType(MediaType.parseMediaType("text/csv")).body(body).exchange()
                .expectStatus().isOk();

        assertThat(storedRows()).isPositive();
    }

    /** Only the bulk paths skip the 2 MB JSON limit, however the path of another endpoint is spelled. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/bulk/../stores/%d/daily-sales", "/api/bulk/%%2e%%2e/stores/%d/daily-sales",
            "/api/bulk;x=1/../stores/%d/daily-sales"})
    void keepsTheJsonLimitForPathsThatOnlyStartLikeBulkPaths(String path) throws Exception {
        String row = "{ \"date\": \"2000-01-01\", \"amount\": 1 }";
        String body = "[" + String.join(",", java.util.Collections.nCopies(2 * 1024 * 1024 / row.length() + 100, row)) + "]";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.formatted(store)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.feed())
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(storedRows()).isZero();
    }

    @Test
    void answersRequestTimeoutWhenTheBodyStalls() throws Exception {
        try (RawUpload upload = RawUpload.start(port, "/api/bulk/daily-sales", Tokens.feed(), "text/csv", 10_000)) {
            upload.send(rows(100));

            String response = upload.awaitResponse(Duration.ofSeconds(20));

            assertThat(RawUpload.status(response)).as(response).isEqualTo(408);
            // Tomcat answers itself when a read times out (with the error page): nothing of the insides in it
            assertNoInternals(RawUpload.body(response));
        }
        assertThat(storedRows()).isZero();
    }

    /** A row every 100 ms never pauses for the idle timeout, but the whole body takes longer than allowed. */
    @Test
    void answersRequestTimeoutWhenTheBodyTricklesInForTooLong() throws Exception {
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        try (RawUpload upload = RawUpload.start(port, "/api/bulk/daily-sales", Tokens.feed(), "text/csv", 60_000)) {
            AtomicReference<LocalDate> day = new AtomicReference<>(LAUNCH);
            sender.scheduleAtFixedRate(() -> {
                try {
                    upload.send(store + "," + day.getAndUpdate(d -> d.plusDays(1)) + ",1\n");
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }, 0, 100, TimeUnit.MILLISECONDS);

            String response = upload.awaitResponse(Duration.ofSeconds(20));

            assertThat(RawUpload.status(response)).as(response).isEqualTo(408);
            assertThat(assertProblemBody(RawUpload.body(response), 408).get("type").asString())
                    .isEqualTo("urn:trial-assessment:problem:request-timeout");
        }
        finally {
            sender.shutdownNow();
        }
        assertThat(storedRows()).isZero();
    }

    @Test
    void listsTheFirstErrorsAndCountsThemAll() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            String day = String.format("2000-03-%02d", i);
            body.append(store).append(',').append(day).append(i % 2 == 0 ? ",1.001\n" : ",1\n");
            body.append(store + 1_000_000).append(',').append(day).append(",1\n");
        }

        JsonNode problem = assertProblem(http.post().uri("/api/bulk/daily-sales").contentType(MediaType.parseMediaType("text/csv"))
                .body(body.toString()).exchange(), 400);

        // 12 unknown-store lines (2, 4, … 24) and 6 amounts with 3 decimals (lines 3, 7, … 23)
        assertThat(problem.get("errorCount").asLong()).isEqualTo(18);
        assertThat(problem.get("detail").asString()).isEqualTo("18 invalid values; the first 5 are listed");
        assertThat(errors(problem)).extracting(e -> e.get("line").asLong()).containsExactly(2L, 3L, 4L, 6L, 7L);
        assertThat(storedRows()).isZero();
    }
}
