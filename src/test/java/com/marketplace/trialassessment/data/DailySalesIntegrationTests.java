package com.marketplace.trialassessment.data;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.errors;
import static com.marketplace.trialassessment.support.ProblemAssertions.fields;
import static com.marketplace.trialassessment.support.ProblemAssertions.indexes;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Concurrently;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.TestClockConfiguration;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class DailySalesIntegrationTests {

    /** Launch of the stores of these tests; "today" is {@link TestClockConfiguration#DEFAULT_TODAY}. */
    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    long store;

    @BeforeEach
    void createStore() {
        store = new Fixtures(http).createStoreId(LAUNCH);
    }

    @AfterEach
    void resetClock() {
        clock.setToday(TestClockConfiguration.DEFAULT_TODAY);
    }

    RestTestClient.ResponseSpec put(long storeId, String body) {
        return http.put().uri("/api/stores/{id}/daily-sales", storeId).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }

    void putOk(String body, int stored) {
        put(store, body).expectStatus().isOk()
                .expectBody().json("{ \"stored\": " + stored + " }");
    }

    JsonNode get(String query) {
        return json(http.get().uri("/api/stores/{id}/daily-sales" + query, store).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** The stored amounts by date, in the order the service lists them. */
    Map<String, String> amounts(String query) {
        Map<String, String> amounts = new LinkedHashMap<>();
        get(query).get("items").forEach(row -> amounts.put(row.get("date").asString(),
                Fixtures.twoDecimals(row.get("amount"))));
        return amounts;
    }

    Map<String, String> amounts() {
        return amounts("?size=500");
    }

    static String row(String date, String amount) {
        return "{ \"date\": \"" + date + "\", \"amount\": " + amount + " }";
    }

    // --- storing --------------------------------------------------------------------------------

    @Test
    void storesDailySalesAndListsThemByDate() {
        putOk("[" + row("2026-03-03", "300.30") + ", " + row("2026-03-01", "1520.50") + ", "
                + row("2026-03-02", "0") + "]", 3);

        JsonNode page = get("");

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(amounts()).containsExactly(
                Map.entry("2026-03-01", "1520.50"),
                Map.entry("2026-03-02", "0.00"),
                Map.entry("2026-03-03", "300.30"));
    }

    @Test
    void replacesTheAmountWhenADayIsSentAgain() {
        putOk("[" + row("2026-03-01", "100.00") + ", " + row("2026-03-02", "200.00") + "]", 2);

        putOk("[" + row("2026-03-02", "250.50") + ", " + row("2026-03-03", "75") + "]", 2);
        putOk("[" + row("2026-03-02", "250.50") + "]", 1);

        assertThat(amounts()).containsExactly(
                Map.entry("2026-03-01", "100.00"),
                Map.entry("2026-03-02", "250.50"),
                Map.entry("2026-03-03", "75.00"));
    }

    @Test
    void acceptsTheLaunchDateTodayAndTheBoundsOfAnAmount() {
        putOk("[" + row(LAUNCH.toString(), "0") + ", " + row(clock.today().toString(), "999999999999.99") + "]", 2);

        assertThat(amounts()).containsExactly(
                Map.entry("2026-03-01", "0.00"),
                Map.entry("2026-11-22", "999999999999.99"));
    }

    @Test
    void acceptsADayOnceItHasBegunInTheBusinessZone() {
        String tomorrow = clock.today().plusDays(1).toString();
        assertProblem(put(store, "[" + row(tomorrow, "10") + "]"), 400);

        clock.setToday(clock.today().plusDays(1));

        putOk("[" + row(tomorrow, "10") + "]", 1);
        assertThat(amounts()).containsOnlyKeys(tomorrow);
    }

    @Test
    void keepsTheDataOfEachStoreApart() {
        long other = new Fixtures(http).createStoreId(LAUNCH);
        putOk("[" + row("2026-03-01", "1.00") + "]", 1);
        put(other, "[" + row("2026-03-01", "2.00") + "]").expectStatus().isOk();

        assertThat(amounts()).containsExactly(Map.entry("2026-03-01", "1.00"));
    }

    @Test
    void storesEveryDayOnceWhenReplaysOfTheSameBatchRace() throws Exception {
        List<String> rows = new ArrayList<>();
        for (LocalDate day = LAUNCH; day.isBefore(LAUNCH.plusDays(60)); day = day.plusDays(1)) {
            rows.add(row(day.toString(), "100.00"));
        }
        String batch = "[" + String.join(", ", rows) + "]";

        List<Integer> statuses = Concurrently.statuses(6, n -> put(store, batch.replace("100.00", (n + 1) + "00.00"))
                .returnResult().getStatus().value());

        assertThat(statuses).containsOnly(200);
        Map<String, String> stored = amounts();
        assertThat(stored).hasSize(60);
        // rows are written in date order, so the batches serialise: one of them wins every day
        assertThat(new HashSet<>(stored.values())).hasSize(1);
        assertThat(stored.get(LAUNCH.toString())).matches("[1-6]00\\.00");
    }

    // --- all or nothing -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date before launch         | { "date": "2026-02-28", "amount": 10.00 }           | date
            date after today           | { "date": "2026-11-23", "amount": 10.00 }           | date
            amount with 3 decimals     | { "date": "2026-03-05", "amount": 10.005 }          | amount
            negative amount            | { "date": "2026-03-05", "amount": -0.01 }           | amount
            amount above the maximum   | { "date": "2026-03-05", "amount": 1000000000000.00 } | amount
            missing amount             | { "date": "2026-03-05" }                            | amount
            null amount                | { "date": "2026-03-05", "amount": null }            | amount
            missing date               | { "amount": 10.00 }                                 | date
            date repeated in the batch | { "date": "2026-03-01", "amount": 10.00 }           | date
            null row                   | null                                                | row
            """)
    void rejectsWholeBatchWhenOneRowIsInvalid(String description, String badRow, String field) {
        putOk("[" + row("2026-03-01", "1.00") + "]", 1);

        JsonNode error = singleError(assertProblem(put(store, "[" + row("2026-03-01", "5.00") + ", "
                + row("2026-03-02", "6.00") + ", " + badRow + ", " + row("2026-03-04", "7.00") + "]"), 400));

        assertThat(error.get("index").asInt()).isEqualTo(2);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(amounts()).containsExactly(Map.entry("2026-03-01", "1.00"));
    }

    @Test
    void rejectsWholeBatchWhenOneRowIsBeforeLaunch() {
        JsonNode error = singleError(assertProblem(put(store, "[" + row("2026-03-01", "5.00") + ", "
                + row("2026-02-28", "6.00") + "]"), 400));

        assertThat(error.get("index").asInt()).isEqualTo(1);
        assertThat(error.get("message").asString()).contains("2026-03-01");
        assertThat(get("").get("total").asLong()).isZero();
    }

    @Test
    void namesEveryInvalidRowOfTheBatch() {
        List<String> rows = new ArrayList<>();
        rows.add(row("2026-03-01", "1.00"));
        rows.add(row("2026-02-01", "1.00"));
        rows.add(row("2026-03-03", "1.00"));
        rows.add(row("2026-03-04", "1.001"));
        rows.add(row("2027-01-01", "-5"));
        rows.add("null");
        rows.add(row("2026-03-01", "2.00"));

        JsonNode problem = assertProblem(put(store, "[" + String.join(", ", rows) + "]"), 400);

        assertThat(indexes(problem)).containsExactlyInAnyOrder(1, 3, 4, 4, 5, 6);
        assertThat(errors(problem)).allSatisfy(error -> assertThat(error.has("index")).isTrue());
        assertThat(get("").get("total").asLong()).isZero();
    }

    @Test
    void rejectsAmountThatIsNotANumberNamingTheRow() {
        JsonNode error = singleError(assertProblem(put(store, "[" + row("2026-03-01", "1.00") + ", "
                + row("2026-03-02", "\"abc\"") + "]"), 400));

        assertThat(error.get("field").asString()).isEqualTo("amount");
        assertThat(error.get("index").asInt()).isEqualTo(1);
        assertThat(get("").get("total").asLong()).isZero();
    }

    @Test
    void rejectsImpossibleDateNamingTheRow() {
        JsonNode error = singleError(assertProblem(put(store, "[" + row("2026-02-30", "1.00") + "]"), 400));

        assertThat(error.get("field").asString()).isEqualTo("date");
        assertThat(error.get("index").asInt()).isZero();
    }

    @Test
    void rejectsEmptyBatch() {
        assertProblem(put(store, "[]"), 400);
    }

    @Test
    void rejectsBodyThatIsNotAnArray() {
        assertProblem(put(store, row("2026-03-01", "1.00")), 400);
        assertThat(get("").get("total").asLong()).isZero();
    }

    @Test
    void answersNotFoundForUnknownStore() {
        long unknown = store + 1_000_000;

        assertProblem(put(unknown, "[" + row("2026-03-01", "1.00") + "]"), 404);
        assertProblem(put(unknown, "[]"), 404);
        assertProblem(http.get().uri("/api/stores/{id}/daily-sales", unknown).exchange(), 404);
    }

    // --- reading --------------------------------------------------------------------------------

    @Test
    void listsOnlyTheDaysWithinFromAndTo() {
        putOk("[" + row("2026-03-01", "1") + ", " + row("2026-03-02", "2") + ", " + row("2026-03-03", "3") + ", "
                + row("2026-03-04", "4") + "]", 4);

        assertThat(amounts("?from=2026-03-02&to=2026-03-03")).containsOnlyKeys("2026-03-02", "2026-03-03");
        assertThat(amounts("?from=2026-03-03")).containsOnlyKeys("2026-03-03", "2026-03-04");
        assertThat(amounts("?to=2026-03-01")).containsOnlyKeys("2026-03-01");
        assertThat(amounts("?from=2026-03-02&to=2026-03-02")).containsOnlyKeys("2026-03-02");
        assertThat(get("?from=2026-03-02&to=2026-03-03").get("total").asLong()).isEqualTo(2);
        assertThat(get("?from=2026-04-01").get("total").asLong()).isZero();
    }

    @Test
    void pagesTheDays() {
        putOk("[" + row("2026-03-01", "1") + ", " + row("2026-03-02", "2") + ", " + row("2026-03-03", "3") + "]", 3);

        JsonNode second = get("?page=1&size=2");

        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.at("/items/0/date").asString()).isEqualTo("2026-03-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from=2026-03-03&to=2026-03-02 | from
            from=2026-13-01               | from
            to=yesterday                  | to
            size=501                      | size
            page=-1                       | page
            """)
    void rejectsInvalidQuery(String query, String field) {
        JsonNode problem = assertProblem(http.get().uri("/api/stores/{id}/daily-sales?" + query, store).exchange(),
                400);

        assertThat(fields(problem)).containsExactly(field);
    }

    @Test
    void rejectsQueryDateBeyondWhatTheDatabaseHolds() {
        JsonNode problem = assertProblem(http.get().uri("/api/stores/{id}/daily-sales?to={to}", store, "+5874898-01-01")
                .exchange(), 400);

        assertThat(problem.get("type").asString()).isEqualTo("urn:trial-assessment:problem:validation");
    }
}
