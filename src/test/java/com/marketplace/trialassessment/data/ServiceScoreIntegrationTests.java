package com.marketplace.trialassessment.data;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.indexes;
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

@IntegrationTest
class ServiceScoreIntegrationTests {

    /** Launch of the stores of these tests; "today" is 2026-11-22. */
    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    @Autowired
    RestTestClient http;

    long store;

    @BeforeEach
    void createStore() {
        store = new Fixtures(http).createStoreId(LAUNCH);
    }

    RestTestClient.ResponseSpec put(long storeId, String body) {
        return http.put().uri("/api/stores/{id}/service-scores", storeId).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }

    void putOk(String body, int stored) {
        put(store, body).expectStatus().isOk()
                .expectBody().json("{ \"stored\": " + stored + " }");
    }

    JsonNode get(String query) {
        return json(http.get().uri("/api/stores/{id}/service-scores" + query, store).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    Map<String, String> scores(String query) {
        Map<String, String> scores = new LinkedHashMap<>();
        get(query).get("items").forEach(row -> scores.put(row.get("date").asString(),
                Fixtures.twoDecimals(row.get("score"))));
        return scores;
    }

    static String row(String date, String score) {
        return "{ \"date\": \"" + date + "\", \"score\": " + score + " }";
    }

    @Test
    void storesScoreSnapshotsAndListsThemByDate() {
        putOk("[" + row("2026-04-01", "4.72") + ", " + row("2026-03-01", "4.5") + "]", 2);

        JsonNode page = get("");

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(scores("")).containsExactly(
                Map.entry("2026-03-01", "4.50"),
                Map.entry("2026-04-01", "4.72"));
    }

    @Test
    void replacesTheScoreWhenADateIsSentAgain() {
        putOk("[" + row("2026-04-01", "4.72") + "]", 1);

        putOk("[" + row("2026-04-01", "4.10") + ", " + row("2026-04-02", "4.20") + "]", 2);

        assertThat(scores("")).containsExactly(
                Map.entry("2026-04-01", "4.10"),
                Map.entry("2026-04-02", "4.20"));
    }

    @Test
    void acceptsTheBoundsOfAScore() {
        putOk("[" + row("2026-03-01", "0") + ", " + row("2026-11-22", "5.00") + "]", 2);

        assertThat(scores("")).containsExactly(
                Map.entry("2026-03-01", "0.00"),
                Map.entry("2026-11-22", "5.00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            score above 5              | { "date": "2026-04-05", "score": 5.01 }  | score
            negative score             | { "date": "2026-04-05", "score": -0.01 } | score
            score with 3 decimals      | { "date": "2026-04-05", "score": 4.725 } | score
            missing score              | { "date": "2026-04-05" }                 | score
            date before launch         | { "date": "2026-02-28", "score": 4.00 }  | date
            date after today           | { "date": "2026-11-23", "score": 4.00 }  | date
            date repeated in the batch | { "date": "2026-04-01", "score": 4.00 }  | date
            null row                   | null                                     | row
            """)
    void rejectsWholeBatchWhenOneRowIsInvalid(String description, String badRow, String field) {
        putOk("[" + row("2026-04-01", "3.00") + "]", 1);

        JsonNode error = singleError(assertProblem(put(store, "[" + row("2026-04-01", "4.90") + ", "
                + row("2026-04-02", "4.80") + ", " + badRow + "]"), 400));

        assertThat(error.get("index").asInt()).isEqualTo(2);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(scores("")).containsExactly(Map.entry("2026-04-01", "3.00"));
    }

    @Test
    void namesEveryInvalidRowOfTheBatch() {
        JsonNode problem = assertProblem(put(store, "[" + row("2026-04-01", "9") + ", " + row("2026-04-02", "4.00")
                + ", " + row("2020-01-01", "4.00") + "]"), 400);

        assertThat(indexes(problem)).containsExactlyInAnyOrder(0, 2);
        assertThat(get("").get("total").asLong()).isZero();
    }

    @Test
    void rejectsScoreThatIsNotANumberNamingTheRow() {
        JsonNode error = singleError(assertProblem(put(store, "[" + row("2026-04-01", "4.00") + ", "
                + row("2026-04-02", "\"good\"") + "]"), 400));

        assertThat(error.get("field").asString()).isEqualTo("score");
        assertThat(error.get("index").asInt()).isEqualTo(1);
    }

    @Test
    void rejectsEmptyBatch() {
        assertProblem(put(store, "[]"), 400);
    }

    @Test
    void listsOnlyTheSnapshotsWithinFromAndTo() {
        putOk("[" + row("2026-04-01", "4.1") + ", " + row("2026-05-01", "4.2") + ", " + row("2026-06-01", "4.3") + "]",
                3);

        assertThat(scores("?from=2026-04-02&to=2026-06-01")).containsOnlyKeys("2026-05-01", "2026-06-01");
        assertThat(get("?from=2026-04-02&to=2026-06-01").get("total").asLong()).isEqualTo(2);
    }

    @Test
    void answersNotFoundForUnknownStore() {
        long unknown = store + 1_000_000;

        assertProblem(put(unknown, "[" + row("2026-04-01", "4.00") + "]"), 404);
        assertProblem(http.get().uri("/api/stores/{id}/service-scores", unknown).exchange(), 404);
    }
}
