package com.marketplace.trialassessment.data;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.fields;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class ViolationIntegrationTests {

    /** Launch of the stores of these tests; "today" is 2026-11-22. */
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

    static String violation(String occurredOn, String severity, String points) {
        return """
                { "occurredOn": "%s", "type": "MISLEADING_LISTING", "severity": "%s", "points": %s,
                  "description": "Listing claimed silk, fabric was polyester" }"""
                .formatted(occurredOn, severity, points);
    }

    RestTestClient.ResponseSpec report(long storeId, String body) {
        return http.post().uri("/api/stores/{id}/violations", storeId).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }

    JsonNode reportOk(String body) {
        return json(report(store, body).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    RestTestClient.ResponseSpec revoke(long storeId, long violationId, String reason) {
        return http.post().uri("/api/stores/{id}/violations/{v}/revocation", storeId, violationId)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{ \"reason\": \"" + reason + "\" }").exchange();
    }

    JsonNode getJson(String uri, Object... variables) {
        return json(http.get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    // --- record ---------------------------------------------------------------------------------

    @Test
    void recordsViolation() {
        RestTestClient.ResponseSpec response = report(store, violation("2026-03-15", "GENERAL", "6"))
                .expectStatus().isCreated();
        JsonNode violation = json(response.expectBody(String.class).returnResult().getResponseBody());

        long id = violation.get("id").asLong();
        response.expectHeader().location("/api/stores/" + store + "/violations/" + id);
        assertThat(violation.get("storeId").asLong()).isEqualTo(store);
        assertThat(violation.get("occurredOn").asString()).isEqualTo("2026-03-15");
        assertThat(violation.get("type").asString()).isEqualTo("MISLEADING_LISTING");
        assertThat(violation.get("severity").asString()).isEqualTo("GENERAL");
        assertThat(violation.get("points").asInt()).isEqualTo(6);
        assertThat(violation.get("description").asString()).isEqualTo("Listing claimed silk, fabric was polyester");
        assertThat(violation.get("revoked").asBoolean()).isFalse();
        assertThat(violation.get("revokedAt").isNull()).isTrue();
        assertThat(getJson("/api/stores/{id}/violations/{v}", store, id)).isEqualTo(violation);
    }

    @Test
    void recordsSeriousViolationWithoutDescription() {
        JsonNode violation = reportOk("""
                { "occurredOn": "2026-11-22", "type": "COUNTERFEIT", "severity": "SERIOUS", "points": 0 }""");

        assertThat(violation.get("severity").asString()).isEqualTo("SERIOUS");
        assertThat(violation.get("points").asInt()).isZero();
        assertThat(violation.get("occurredOn").asString()).isEqualTo(clock.today().toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 48})
    void acceptsPointsAtTheBounds(int points) {
        assertThat(reportOk(violation("2026-03-15", "GENERAL", String.valueOf(points))).get("points").asInt())
                .isEqualTo(points);
    }

    @ParameterizedTest
    @ValueSource(strings = {"49", "-1"})
    void rejectsPointsOutside0To48(String points) {
        JsonNode error = singleError(assertProblem(report(store, violation("2026-03-15", "GENERAL", points)), 400));

        assertThat(error.get("field").asString()).isEqualTo("points");
        assertThat(getJson("/api/stores/{id}/violations", store).get("total").asLong()).isZero();
    }

    @Test
    void rejectsFractionalPointsInsteadOfTruncatingThem() {
        JsonNode error = singleError(assertProblem(report(store, violation("2026-03-15", "GENERAL", "6.5")), 400));

        assertThat(error.get("field").asString()).isEqualTo("points");
        assertThat(getJson("/api/stores/{id}/violations", store).get("total").asLong()).isZero();
    }

    @Test
    void rejectsUnknownSeverity() {
        JsonNode error = singleError(assertProblem(report(store, violation("2026-03-15", "MINOR", "6")), 400));

        assertThat(error.get("field").asString()).isEqualTo("severity");
        assertThat(error.get("message").asString()).contains("GENERAL", "SERIOUS");
    }

    /** A severity is one of its names: never a position ({@code 1} would be SERIOUS), never another JSON type. */
    @ParameterizedTest(name = "severity {0}")
    @ValueSource(strings = {"0", "1", "1.0", "true", "[\"SERIOUS\"]"})
    void rejectsASeverityThatIsNotOneOfItsNames(String severity) {
        String body = """
                { "occurredOn": "2026-03-15", "type": "MISLEADING_LISTING", "severity": %s, "points": 6 }"""
                .formatted(severity);

        JsonNode error = singleError(assertProblem(report(store, body), 400));

        assertThat(error.get("field").asString()).isEqualTo("severity");
        assertThat(getJson("/api/stores/{id}/violations", store).get("total").asLong()).isZero();
    }

    /** Points are a number: the text "6" is refused as a text where a number belongs. */
    @Test
    void rejectsPointsSentAsText() {
        JsonNode error = singleError(assertProblem(report(store, violation("2026-03-15", "GENERAL", "\"6\"")), 400));

        assertThat(error.get("field").asString()).isEqualTo("points");
    }

    @Test
    void acceptsDescriptionOf2000CharactersButNotMore() {
        String fits = "d".repeat(2000);
        String body = violation("2026-03-15", "GENERAL", "6").replace("Listing claimed silk, fabric was polyester",
                fits);

        assertThat(reportOk(body).get("description").asString()).isEqualTo(fits);
        JsonNode error = singleError(assertProblem(report(store, body.replace(fits, fits + "d")), 400));

        assertThat(error.get("field").asString()).isEqualTo("description");
        assertThat(getJson("/api/stores/{id}/violations", store).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void rejectsTypeLongerThan200Characters() {
        String body = violation("2026-03-15", "GENERAL", "6").replace("MISLEADING_LISTING", "T".repeat(201));

        assertThat(fields(assertProblem(report(store, body), 400))).containsExactly("type");
    }

    @Test
    void rejectsDescriptionTheDatabaseCannotStoreAsInvalidInput() {
        String body = violation("2026-03-15", "GENERAL", "6").replace("polyester", "poly\\u0000ester");

        assertProblem(report(store, body), 400);

        assertThat(getJson("/api/stores/{id}/violations", store).get("total").asLong()).isZero();
    }

    @Test
    void rejectsOccurrenceAfterToday() {
        JsonNode error = singleError(assertProblem(report(store,
                violation(clock.today().plusDays(1).toString(), "GENERAL", "6")), 400));

        assertThat(error.get("field").asString()).isEqualTo("occurredOn");
    }

    @Test
    void rejectsOccurrenceBeforeLaunch() {
        JsonNode error = singleError(assertProblem(report(store,
                violation(LAUNCH.minusDays(1).toString(), "GENERAL", "6")), 400));

        assertThat(error.get("field").asString()).isEqualTo("occurredOn");
    }

    @Test
    void rejectsViolationWithoutRequiredFields() {
        JsonNode problem = assertProblem(report(store, "{ \"description\": \"nothing else\" }"), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("occurredOn", "type", "severity", "points");
    }

    @Test
    void answersNotFoundWhenRecordingForUnknownStore() {
        assertProblem(report(store + 1_000_000, violation("2026-03-15", "GENERAL", "6")), 404);
    }

    // --- read -----------------------------------------------------------------------------------

    @Test
    void listsTheStoresViolationsOrderedByOccurrenceRevokedOnesIncluded() {
        long later = reportOk(violation("2026-05-01", "GENERAL", "3")).get("id").asLong();
        long earlier = reportOk(violation("2026-04-01", "SERIOUS", "12")).get("id").asLong();
        long revoked = reportOk(violation("2026-06-01", "GENERAL", "6")).get("id").asLong();
        revoke(store, revoked, "appeal upheld").expectStatus().isOk();
        long otherStore = new Fixtures(http).createStoreId(LAUNCH);
        report(otherStore, violation("2026-04-15", "GENERAL", "1")).expectStatus().isCreated();

        JsonNode page = getJson("/api/stores/{id}/violations", store);

        assertThat(ids(page)).containsExactly(earlier, later, revoked);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.at("/items/2/revoked").asBoolean()).isTrue();
        JsonNode second = getJson("/api/stores/{id}/violations?page=1&size=2", store);
        assertThat(ids(second)).containsExactly(revoked);
        assertThat(second.get("total").asLong()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=501", "page=-1", "page=2147483647&size=500", "page=4294968&size=500"})
    void rejectsInvalidPaging(String query) {
        assertProblem(http.get().uri("/api/stores/{id}/violations?" + query, store).exchange(), 400);
    }

    @Test
    void answersNotFoundForViolationOfAnotherStore() {
        long otherStore = new Fixtures(http).createStoreId(LAUNCH);
        long id = reportOk(violation("2026-03-15", "GENERAL", "6")).get("id").asLong();

        assertProblem(http.get().uri("/api/stores/{id}/violations/{v}", otherStore, id).exchange(), 404);
        assertProblem(revoke(otherStore, id, "wrong store"), 404);
        assertThat(getJson("/api/stores/{id}/violations/{v}", store, id).get("revoked").asBoolean()).isFalse();
    }

    @Test
    void answersNotFoundForUnknownViolation() {
        long id = reportOk(violation("2026-03-15", "GENERAL", "6")).get("id").asLong();

        assertProblem(http.get().uri("/api/stores/{id}/violations/{v}", store, id + 1_000_000).exchange(), 404);
    }

    @Test
    void answersNotFoundForTheViolationsOfUnknownStore() {
        long unknown = store + 1_000_000;

        assertProblem(http.get().uri("/api/stores/{id}/violations", unknown).exchange(), 404);
        assertProblem(http.get().uri("/api/stores/{id}/violations/1", unknown).exchange(), 404);
        assertProblem(revoke(unknown, 1, "no such store"), 404);
    }

    // --- revoke ---------------------------------------------------------------------------------

    @Test
    void revokesViolation() {
        long id = reportOk(violation("2026-03-15", "GENERAL", "6")).get("id").asLong();

        JsonNode revoked = json(revoke(store, id, "appeal 2026-118 upheld").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(revoked.get("id").asLong()).isEqualTo(id);
        assertThat(revoked.get("revoked").asBoolean()).isTrue();
        assertThat(revoked.get("revocationReason").asString()).isEqualTo("appeal 2026-118 upheld");
        assertThat(OffsetDateTime.parse(revoked.get("revokedAt").asString()).toInstant()).isEqualTo(clock.instant());
        assertThat(getJson("/api/stores/{id}/violations/{v}", store, id)).isEqualTo(revoked);
    }

    @Test
    void refusesToRevokeTwiceAndKeepsTheFirstReason() {
        long id = reportOk(violation("2026-03-15", "GENERAL", "6")).get("id").asLong();
        revoke(store, id, "first appeal").expectStatus().isOk();

        assertProblem(revoke(store, id, "second appeal"), 409);

        assertThat(getJson("/api/stores/{id}/violations/{v}", store, id).get("revocationReason").asString())
                .isEqualTo("first appeal");
    }

    @Test
    void answersNotFoundWhenRevokingUnknownViolation() {
        long id = reportOk(violation("2026-03-15", "GENERAL", "6")).get("id").asLong();

        JsonNode problem = assertProblem(revoke(store, id + 1_000_000, "appeal"), 404);

        assertThat(problem.get("detail").asString()).contains(String.valueOf(id + 1_000_000));
    }

    @Test
    void rejectsRevocationWithoutReason() {
        long id = reportOk(violation("2026-03-15", "GENERAL", "6")).get("id").asLong();

        assertThat(fields(assertProblem(revoke(store, id, "   "), 400))).containsExactly("reason");
        assertThat(fields(assertProblem(revoke(store, id, "\u00a0\u200b\ufeff"), 400)))
                .as("no-break space, zero-width space, byte order mark").containsExactly("reason");
        assertThat(fields(assertProblem(http.post().uri("/api/stores/{id}/violations/{v}/revocation", store, id)
                .contentType(MediaType.APPLICATION_JSON).body("{}").exchange(), 400))).containsExactly("reason");
        for (String notText : new String[] {"5", "true"}) {
            assertThat(fields(assertProblem(http.post().uri("/api/stores/{id}/violations/{v}/revocation", store, id)
                    .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": " + notText + " }").exchange(), 400)))
                    .as("a reason of %s", notText).containsExactly("reason");
        }
        assertThat(getJson("/api/stores/{id}/violations/{v}", store, id).get("revoked").asBoolean()).isFalse();
    }

    @Test
    void rejectsRevocationReasonLongerThan2000Characters() {
        long id = reportOk(violation("2026-03-15", "GENERAL", "6")).get("id").asLong();

        assertThat(fields(assertProblem(revoke(store, id, "r".repeat(2001)), 400))).containsExactly("reason");
        revoke(store, id, "r".repeat(2000)).expectStatus().isOk();
    }
}
