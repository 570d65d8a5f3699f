package com.marketplace.trialassessment.common;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.ProblemAssertions.fields;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.RawHttp;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;

/** The error contract every endpoint shares: RFC 9457 problems, never a 500 for bad input, no internals. */
@IntegrationTest
class ProblemResponsesIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    /** Larger than {@code trial.max-body-size} (2 MB). */
    static final int OVERSIZED = 2 * 1024 * 1024 + 64 * 1024;

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    long store;

    @BeforeEach
    void createStore() {
        store = new Fixtures(http).createStoreId(LAUNCH);
    }

    RestTestClient.ResponseSpec send(HttpMethod method, String uri, MediaType contentType, String body) {
        RestTestClient.RequestBodySpec request = http.method(method).uri(uri.replace("{store}", String.valueOf(store)));
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.body(body);
        }
        return request.exchange();
    }

    RestTestClient.ResponseSpec sendJson(HttpMethod method, String uri, String body) {
        return send(method, uri, MediaType.APPLICATION_JSON, body);
    }

    /** A JSON array of daily sales larger than {@code bytes}. */
    static String dailySalesLargerThan(int bytes) {
        String row = "{ \"date\": \"2026-03-01\", \"amount\": 1.00 }";
        StringBuilder json = new StringBuilder(bytes + 100).append('[').append(row);
        while (json.length() <= bytes) {
            json.append(", ").append(row);
        }
        return json.append(']').toString();
    }

    JsonNode dailySales() {
        return Fixtures.json(http.get().uri("/api/stores/{id}/daily-sales", store).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    // --- unreadable bodies ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} with body [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/stores                         | '{ "name": '
            POST | /api/stores                         | '{ "name": "a", }'
            POST | /api/stores                         | 'null'
            POST | /api/stores                         | 'not json at all'
            POST | /api/categories                     | '[ 1, 2 ]'
            PUT  | /api/stores/{store}/daily-sales     | '[ { "date": "2026-03-01", "amount": 1 }'
            PUT  | /api/stores/{store}/service-scores  | 'null'
            POST | /api/stores/{store}/violations      | '"a string"'
            POST | /api/stores/{store}/violations/1/revocation | '{ "reason": }'
            """)
    void answersBadRequestForMalformedJson(String method, String uri, String body) {
        assertProblem(sendJson(HttpMethod.valueOf(method), uri, body), 400);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/stores
            POST | /api/categories
            POST | /api/categories/any/target-versions
            PUT  | /api/stores/{store}/daily-sales
            PUT  | /api/stores/{store}/service-scores
            POST | /api/stores/{store}/violations
            POST | /api/stores/{store}/violations/1/revocation
            """)
    void answersBadRequestForEmptyBody(String method, String uri) {
        assertProblem(sendJson(HttpMethod.valueOf(method), uri, null), 400);
    }

    @ParameterizedTest(name = "{0} {1} with body [{2}] names {3}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/stores                     | '{ "name": "n", "merchantId": "m", "categoryCode": "c", "storeType": "FLAGSHIP", "launchDate": "2026-02-30" }' | launchDate
            POST | /api/stores                     | '{ "name": "n", "merchantId": "m", "categoryCode": "c", "storeType": "FLAGSHIP", "launchDate": 20260301 }' | launchDate
            POST | /api/stores                     | '{ "name": ["n"], "merchantId": "m", "categoryCode": "c", "storeType": "FLAGSHIP", "launchDate": "2026-03-01" }' | name
            PUT  | /api/stores/{store}/daily-sales | '[ { "date": "2026-03-01", "amount": "abc" } ]' | amount
            PUT  | /api/stores/{store}/daily-sales | '[ { "date": "01/03/2026", "amount": 1 } ]' | date
            PUT  | /api/stores/{store}/daily-sales | '[ { "date": "2026-03-01", "amount": {} } ]' | amount
            POST | /api/stores/{store}/violations  | '{ "occurredOn": "2026-03-15", "type": "T", "severity": "GENERAL", "points": "many" }' | points
            POST | /api/stores/{store}/violations  | '{ "occurredOn": "2026-03-15", "type": "T", "severity": "GENERAL", "points": 99999999999 }' | points
            POST | /api/categories                 | '{ "code": "c", "name": "n", "targets": "all of them" }' | targets
            POST | /api/categories                 | '{ "code": "c", "name": "n", "targets": [ { "checkpoint": 1, "salesTarget": "lots" } ] }' | targets[0].salesTarget
            """)
    void answersBadRequestNamingTheFieldOfWrongJsonType(String method, String uri, String body, String field) {
        JsonNode error = singleError(assertProblem(sendJson(HttpMethod.valueOf(method), uri, body), 400));

        assertThat(error.get("field").asString()).isEqualTo(field);
    }

    @Test
    void namesTheRowOfAWrongJsonTypeInABatch() {
        JsonNode error = singleError(assertProblem(sendJson(HttpMethod.PUT, "/api/stores/{store}/daily-sales",
                "[ { \"date\": \"2026-03-01\", \"amount\": 1 }, { \"date\": \"2026-03-02\", \"amount\": \"abc\" } ]"),
                400));

        assertThat(error.get("field").asString()).isEqualTo("amount");
        assertThat(error.get("index").asInt()).isEqualTo(1);
        assertThat(error.get("message").asString()).doesNotContain("BigDecimal");
        assertThat(dailySales().get("total").asLong()).isZero();
    }

    // --- wrong method, media type, path ---------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DELETE | /api/stores/{store}
            PUT    | /api/stores
            PATCH  | /api/categories
            POST   | /api/stores/{store}/daily-sales
            DELETE | /api/stores/{store}/violations
            GET    | /api/stores/{store}/violations/1/revocation
            """)
    void answersMethodNotAllowedNamingTheAllowedMethods(String method, String uri) {
        RestTestClient.ResponseSpec response = sendJson(HttpMethod.valueOf(method), uri, "{}");

        assertProblem(response, 405);
        response.expectHeader().exists("Allow");
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/categories                 | text/plain
            POST | /api/stores                     | application/xml
            PUT  | /api/stores/{store}/daily-sales | text/csv
            POST | /api/stores/{store}/violations  | application/x-www-form-urlencoded
            """)
    void answersUnsupportedMediaTypeForBodiesThatAreNotJson(String method, String uri, String contentType) {
        assertProblem(send(HttpMethod.valueOf(method), uri, MediaType.parseMediaType(contentType), "a=b"), 415);
    }

    @Test
    void answersNotAcceptableAsProblemWhenClientWantsOnlyXml() {
        String body = http.get().uri("/api/stores/{id}", store).accept(MediaType.APPLICATION_XML).exchange()
                .expectStatus().isEqualTo(406)
                .expectBody(String.class).returnResult().getResponseBody();

        assertProblemBody(body, 406);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /api/nothing
            /api/stores/{store}/nothing
            /api/categories/any/versions
            /nothing
            """)
    void answersNotFoundForUnknownPath(String uri) {
        assertProblem(send(HttpMethod.GET, uri, null, null), 404);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /api/stores/abc                                | id
            GET  | /api/stores/1.5                                | id
            GET  | /api/stores/99999999999999999999               | id
            GET  | /api/stores/abc/daily-sales                    | id
            PUT  | /api/stores/abc/service-scores                 | id
            GET  | /api/stores/{store}/violations/first           | violationId
            POST | /api/stores/{store}/violations/x/revocation    | violationId
            GET  | /api/categories/any/target-versions/latest     | version
            GET  | /api/stores/0x1                                | id
            GET  | /api/stores/01                                 | id
            GET  | /api/stores/{store}/violations/0x1             | violationId
            GET  | /api/stores/{store}/violations/+1              | violationId
            POST | /api/stores/{store}/checkpoints/+1/reevaluations | k
            POST | /api/stores/{store}/checkpoints/01/reevaluations | k
            GET  | /api/categories/any/target-versions/0x1        | version
            GET  | /api/evaluation-runs/0x1                       | id
            GET  | /api/evaluation-runs/1e0                       | id
            """)
    void answersBadRequestWhenPathIdIsNotANumber(String method, String uri, String field) {
        JsonNode error = singleError(assertProblem(sendJson(HttpMethod.valueOf(method), uri,
                "[ { \"date\": \"2026-03-01\", \"score\": 4 } ]"), 400));

        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains("whole number").doesNotContain("long", "int");
    }

    /** Whole numbers are read in one spelling only; Spring alone would read these as 1, 16, 10, 5 … */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/stores?page=%2B1                          | page
            /api/stores?page=+1                            | page
            /api/stores?size=0x10                          | size
            /api/stores?page=01                            | page
            /api/stores/{store}/verdicts?size=%2310        | size
            /api/stores/{store}/violations?page=1.0        | page
            /api/stores/{store}/daily-sales?size=%205      | size
            /api/dashboard/at-risk-stores?checkpoint=%201  | checkpoint
            /api/categories?size=%EF%BC%95                 | size
            /api/evaluation-runs?page=%0B1                 | page
            """)
    void answersBadRequestWhenANumberParameterIsNotPlainDecimal(String target, String field) {
        RawHttp.Response response = RawHttp.send(port, RawHttp.request("GET",
                target.replace("{store}", String.valueOf(store)), List.of("Authorization: Bearer " + Tokens.ops()), null));

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        JsonNode error = singleError(assertProblemBody(response.body(), 400));
        assertThat(error.get("field").asString()).isEqualTo(field);
    }

    @Test
    void namesTheExpectedFormatOfAMalformedDateParameter() {
        JsonNode error = singleError(assertProblem(http.get().uri("/api/stores/{id}/daily-sales?from=March", store)
                .exchange(), 400));

        assertThat(error.get("field").asString()).isEqualTo("from");
        assertThat(error.get("message").asString()).contains("YYYY-MM-DD").doesNotContain("LocalDate");
    }

    // --- body size ------------------------------------------------------------------------------

    @Test
    void answersContentTooLargeForBodyOverTheLimit() {
        String body = dailySalesLargerThan(OVERSIZED);

        JsonNode problem = assertProblem(sendJson(HttpMethod.PUT, "/api/stores/{store}/daily-sales", body), 413);

        assertThat(problem.get("detail").asString()).contains(String.valueOf(2 * 1024 * 1024));
        assertThat(dailySales().get("total").asLong()).isZero();
    }

    @Test
    void answersContentTooLargeForChunkedBodyThatGrowsOverTheLimit() throws Exception {
        byte[] body = dailySalesLargerThan(OVERSIZED).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/stores/" + store + "/daily-sales"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .header("Authorization", "Bearer " + Tokens.ops())
                // a stream of unknown length is sent chunked, without Content-Length
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .isTrue());
        assertProblemBody(response.body(), 413);
        assertThat(dailySales().get("total").asLong()).isZero();
    }

    @Test
    void acceptsBodyJustUnderTheLimit() {
        // 1.9 MB of rows: read completely and checked, so refused for what it says, not for its size
        String body = dailySalesLargerThan(1900 * 1024);

        JsonNode problem = assertProblem(sendJson(HttpMethod.PUT, "/api/stores/{store}/daily-sales", body), 400);

        assertThat(fields(problem)).isNotEmpty();
    }

    // --- the database as the last line ----------------------------------------------------------

    @Test
    void neverAnswersConflictOrServerErrorForTextThePostgresCannotHold() {
        assertProblem(sendJson(HttpMethod.POST, "/api/stores/{store}/violations", """
                { "occurredOn": "2026-03-15", "type": "T\\u0000", "severity": "GENERAL", "points": 1 }"""), 400);
        assertProblem(http.get().uri("/api/stores?categoryCode={c}", "c\u0000").exchange(), 400);
    }
}
