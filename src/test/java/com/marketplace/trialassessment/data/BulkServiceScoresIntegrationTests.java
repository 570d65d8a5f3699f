package com.marketplace.trialassessment.data;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.errors;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** {@code POST /api/bulk/service-scores}: score snapshots of many stores in one streamed body, all or nothing. */
@IntegrationTest
class BulkServiceScoresIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    RestTestClient http;

    long store;
    long other;

    @BeforeEach
    void createStores() {
        Fixtures data = new Fixtures(http);
        store = data.createStoreId(LAUNCH);
        other = data.createStoreId(LAUNCH);
    }

    RestTestClient.ResponseSpec upload(MediaType type, String body) {
        return http.post().uri("/api/bulk/service-scores").contentType(type)
                .body(body.replace("{store}", String.valueOf(store)).replace("{other}", String.valueOf(other))
                        .replace("{unknown}", String.valueOf(store + 1_000_000)))
                .exchange();
    }

    void uploadOk(MediaType type, String body, long stored) {
        upload(type, body).expectStatus().isOk().expectBody().json("{ \"stored\": " + stored + " }");
    }

    Map<String, String> scores(long storeId) {
        JsonNode page = json(http.get().uri("/api/stores/{id}/service-scores?size=500", storeId).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        Map<String, String> scores = new LinkedHashMap<>();
        page.get("items").forEach(row -> scores.put(row.get("date").asString(), Fixtures.twoDecimals(row.get("score"))));
        return scores;
    }

    @Test
    void storesCsvSnapshotsOfSeveralStores() {
        uploadOk(CSV, "storeId,date,score\n{store},2026-04-01,4.72\n{store},2026-03-01,4.5\n{other},2026-03-01,5\n", 3);

        assertThat(scores(store)).containsExactly(Map.entry("2026-03-01", "4.50"), Map.entry("2026-04-01", "4.72"));
        assertThat(scores(other)).containsExactly(Map.entry("2026-03-01", "5.00"));
    }

    @Test
    void storesNdjsonSnapshotsAndReplacesADateSentAgain() {
        uploadOk(MediaType.APPLICATION_NDJSON, """
                {"storeId": {store}, "date": "2026-04-01", "score": 4.10}
                {"storeId": {other}, "date": "2026-04-01", "score": 0}
                """, 2);

        uploadOk(MediaType.APPLICATION_NDJSON, """
                {"storeId": {store}, "date": "2026-04-01", "score": 4.90}
                {"storeId": {store}, "date": "2026-04-02", "score": 4.95}
                """, 2);

        assertThat(scores(store)).containsExactly(Map.entry("2026-04-01", "4.90"), Map.entry("2026-04-02", "4.95"));
        assertThat(scores(other)).containsExactly(Map.entry("2026-04-01", "0.00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            score above 5          | {store},2026-04-02,5.01   | score   | between 0.00 and 5.00
            negative score         | {store},2026-04-02,-1     | score   | between 0.00 and 5.00
            score with 3 decimals  | {store},2026-04-02,4.705  | score   | at most 2 decimal places
            score as an amount     | {store},2026-04-02,1520   | score   | between 0.00 and 5.00
            an amount header       | storeId,date,amount       | storeId | positive whole number
            unknown store          | {unknown},2026-04-02,4.5  | storeId | does not exist
            date before launch     | {store},2026-02-28,4.5    | date    | before the launch date 2026-03-01
            date after today       | {store},2026-11-23,4.5    | date    | after today
            date given twice       | {store},2026-04-01,4.6    | date    | of line 1
            """)
    void rejectsTheWholeUploadNamingTheLine(String description, String badLine, String field, String message) {
        JsonNode problem = assertProblem(upload(CSV, "{store},2026-04-01,4.5\n" + badLine + "\n{other},2026-04-01,4.5\n"),
                400);

        JsonNode error = badLine.startsWith("storeId") ? errors(problem).get(0) : singleError(problem);
        assertThat(error.get("line").asLong()).isEqualTo(2);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(scores(store)).isEmpty();
        assertThat(scores(other)).isEmpty();
    }
}
