package com.marketplace.trialassessment.category;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.errors;
import static com.marketplace.trialassessment.support.ProblemAssertions.fields;
import static com.marketplace.trialassessment.support.ProblemAssertions.indexes;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Concurrently;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class CategoryIntegrationTests {

    /** One row per checkpoint of a valid target set, in the order they are sent. */
    private static final String[] VALID_ROWS = {
            "{ \"checkpoint\": 1, \"salesTarget\": 50000.00 }",
            "{ \"checkpoint\": 2, \"salesTarget\": 80000.00, \"serviceScoreTarget\": 4.60 }",
            "{ \"checkpoint\": 3, \"salesTarget\": 100000.00, \"serviceScoreTarget\": 4.65 }",
            "{ \"checkpoint\": 4, \"salesTarget\": 120000.00, \"serviceScoreTarget\": 4.70 }" };

    @Autowired
    RestTestClient http;

    static String uniqueCode() {
        return "cat-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String categoryJson(String code) {
        return """
                { "code": "%s", "name": "Women's apparel", "effectiveFrom": "2026-01-01",
                  "targets": [
                    { "checkpoint": 1, "salesTarget": 50000.00 },
                    { "checkpoint": 2, "salesTarget": 80000.00, "serviceScoreTarget": 4.60 },
                    { "checkpoint": 3, "salesTarget": 100000.00, "serviceScoreTarget": 4.65 },
                    { "checkpoint": 4, "salesTarget": 120000.00, "serviceScoreTarget": 4.70 } ] }
                """.formatted(code);
    }

    /** A category body whose target rows are the given JSON objects. */
    static String categoryWithRows(String code, String... rows) {
        return """
                { "code": "%s", "name": "Women's apparel", "effectiveFrom": "2026-01-01", "targets": [ %s ] }"""
                .formatted(code, String.join(", ", rows));
    }

    /** The valid rows with row {@code index} replaced. */
    static String[] validRowsWith(int index, String row) {
        String[] rows = VALID_ROWS.clone();
        rows[index] = row;
        return rows;
    }

    RestTestClient.ResponseSpec postCategory(String body) {
        return http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    RestTestClient.ResponseSpec postTargetVersion(String code, String body) {
        return http.post().uri("/api/categories/{code}/target-versions", code)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    JsonNode getCategory(String code) {
        return json(http.get().uri("/api/categories/{code}", code).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    JsonNode getJson(String uri) {
        return json(http.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    // --- create ---------------------------------------------------------------------------------

    @Test
    void createsCategoryWithFirstTargetVersion() {
        String code = uniqueCode();
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON).body(categoryJson(code))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/api/categories/" + code)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.name").isEqualTo("Women's apparel")
                .jsonPath("$.targetVersions.length()").isEqualTo(1)
                .jsonPath("$.targetVersions[0].version").isEqualTo(1)
                .jsonPath("$.targetVersions[0].effectiveFrom").isEqualTo("2026-01-01")
                .jsonPath("$.targetVersions[0].targets.length()").isEqualTo(4)
                .jsonPath("$.targetVersions[0].targets[0].checkpoint").isEqualTo(1)
                .jsonPath("$.targetVersions[0].targets[0].salesTarget").isEqualTo(50000.00)
                .jsonPath("$.targetVersions[0].targets[3].salesTarget").isEqualTo(120000.00)
                .jsonPath("$.targetVersions[0].targets[1].serviceScoreTarget").isEqualTo(4.60)
                .jsonPath("$.targetVersions[0].targets[3].serviceScoreTarget").isEqualTo(4.70)
                .jsonPath("$.targetVersions[0].targets[0].serviceScoreTarget").doesNotExist();
    }

    @Test
    void answersOnCreateWhatIsLaterReadBack() {
        String code = uniqueCode();
        String body = categoryWithRows(code, "{ \"checkpoint\": 1, \"salesTarget\": 50000 }",
                "{ \"checkpoint\": 2, \"salesTarget\": 80000.5, \"serviceScoreTarget\": 4.6 }",
                VALID_ROWS[2], VALID_ROWS[3]);
        String created = postCategory(body).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();

        String readBack = http.get().uri("/api/categories/{code}", code).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(created).isEqualTo(readBack);
        JsonNode read = json(readBack);
        assertThat(read.at("/targetVersions/0/targets/0/salesTarget").decimalValue()).isEqualByComparingTo("50000");
        assertThat(read.at("/targetVersions/0/targets/1/salesTarget").decimalValue()).isEqualByComparingTo("80000.50");
    }

    @Test
    void defaultsEffectiveFromToBeforeAnyPossibleLaunch() {
        String code = uniqueCode();
        postCategory("""
                { "code": "%s", "name": "Menswear", "targets": %s }""".formatted(code, Fixtures.validTargetsJson()))
                .expectStatus().isCreated();

        LocalDate effectiveFrom = LocalDate.parse(getCategory(code).at("/targetVersions/0/effectiveFrom").asString());
        assertThat(effectiveFrom).isBefore(LocalDate.of(2000, 1, 1));
        new Fixtures(http).createStore(code, Fixtures.unique("m"), LocalDate.of(2000, 1, 1));
    }

    @Test
    void answersConflictForDuplicateCode() {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();

        JsonNode problem = assertProblem(postCategory(categoryJson(code).replace("Women's apparel", "Other")), 409);

        assertThat(problem.get("detail").asString()).contains(code);
        assertThat(getCategory(code).get("name").asString()).isEqualTo("Women's apparel");
    }

    @Test
    void rejectsServiceScoreTargetAtCheckpointOne() {
        String body = categoryJson(uniqueCode()).replace("\"salesTarget\": 50000.00 }",
                "\"salesTarget\": 50000.00, \"serviceScoreTarget\": 4.0 }");
        String response = http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(response).contains("\"index\":0").contains("targets[0].serviceScoreTarget");
    }

    @ParameterizedTest(name = "checkpoint {0}")
    @ValueSource(ints = {2, 3, 4})
    void rejectsMissingServiceScoreTargetAtLaterCheckpoints(int checkpoint) {
        int index = checkpoint - 1;
        String code = uniqueCode();
        String body = categoryWithRows(code, validRowsWith(index,
                "{ \"checkpoint\": %d, \"salesTarget\": 1000.00 }".formatted(checkpoint)));

        JsonNode error = singleError(assertProblem(postCategory(body), 400));

        assertThat(error.get("field").asString()).isEqualTo("targets[" + index + "].serviceScoreTarget");
        assertThat(error.get("index").asInt()).isEqualTo(index);
        assertProblem(http.get().uri("/api/categories/{code}", code).exchange(), 404);
    }

    @ParameterizedTest(name = "checkpoint {0} left out")
    @ValueSource(ints = {1, 2, 3, 4})
    void rejectsTargetSetWithoutEveryCheckpoint(int missing) {
        List<String> rows = new ArrayList<>(List.of(VALID_ROWS));
        rows.remove(missing - 1);

        JsonNode error = singleError(assertProblem(postCategory(categoryWithRows(uniqueCode(),
                rows.toArray(String[]::new))), 400));

        assertThat(error.get("field").asString()).isEqualTo("targets");
        assertThat(error.get("message").asString()).contains("checkpoint " + missing);
        assertThat(error.has("index")).isFalse();
    }

    @Test
    void rejectsCheckpointGivenTwice() {
        String body = categoryWithRows(uniqueCode(), VALID_ROWS[0], VALID_ROWS[1], VALID_ROWS[2], VALID_ROWS[3],
                "{ \"checkpoint\": 3, \"salesTarget\": 1.00, \"serviceScoreTarget\": 1.00 }");

        JsonNode error = singleError(assertProblem(postCategory(body), 400));

        assertThat(error.get("field").asString()).isEqualTo("targets[4].checkpoint");
        assertThat(error.get("index").asInt()).isEqualTo(4);
    }

    @Test
    void rejectsEmptyTargetSetNamingEveryMissingCheckpoint() {
        JsonNode problem = assertProblem(postCategory(categoryWithRows(uniqueCode())), 400);

        assertThat(fields(problem)).containsExactly("targets", "targets", "targets", "targets");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative sales target          | 1 | { "checkpoint": 2, "salesTarget": -0.01, "serviceScoreTarget": 4.60 } | targets[1].salesTarget
            sales target with 3 decimals   | 2 | { "checkpoint": 3, "salesTarget": 100000.001, "serviceScoreTarget": 4.65 } | targets[2].salesTarget
            sales target above the maximum | 3 | { "checkpoint": 4, "salesTarget": 1000000000000.00, "serviceScoreTarget": 4.70 } | targets[3].salesTarget
            missing sales target           | 0 | { "checkpoint": 1 } | targets[0].salesTarget
            score target above 5           | 3 | { "checkpoint": 4, "salesTarget": 120000.00, "serviceScoreTarget": 5.01 } | targets[3].serviceScoreTarget
            negative score target          | 1 | { "checkpoint": 2, "salesTarget": 80000.00, "serviceScoreTarget": -1 } | targets[1].serviceScoreTarget
            score target with 3 decimals   | 2 | { "checkpoint": 3, "salesTarget": 100000.00, "serviceScoreTarget": 4.655 } | targets[2].serviceScoreTarget
            checkpoint 5                   | 3 | { "checkpoint": 5, "salesTarget": 120000.00, "serviceScoreTarget": 4.70 } | targets[3].checkpoint
            checkpoint 0                   | 0 | { "checkpoint": 0, "salesTarget": 50000.00 } | targets[0].checkpoint
            missing checkpoint             | 1 | { "salesTarget": 80000.00, "serviceScoreTarget": 4.60 } | targets[1].checkpoint
            null row                       | 2 | null | targets[2]
            """)
    void rejectsInvalidTargetRowNamingItsIndex(String description, int index, String row, String field) {
        String code = uniqueCode();

        JsonNode problem = assertProblem(postCategory(categoryWithRows(code, validRowsWith(index, row))), 400);

        assertThat(errors(problem)).anySatisfy(error -> {
            assertThat(error.get("field").asString()).isEqualTo(field);
            assertThat(error.get("index").asInt()).isEqualTo(index);
        });
        assertThat(errors(problem)).allSatisfy(error -> assertThat(error.get("index").asInt()).isEqualTo(index));
        assertProblem(http.get().uri("/api/categories/{code}", code).exchange(), 404);
    }

    @Test
    void rejectsFractionalCheckpointInsteadOfTruncatingIt() {
        String body = categoryWithRows(uniqueCode(), validRowsWith(0,
                "{ \"checkpoint\": 1.9, \"salesTarget\": 50000.00 }"));

        JsonNode error = singleError(assertProblem(postCategory(body), 400));

        assertThat(error.get("field").asString()).isEqualTo("targets[0].checkpoint");
        assertThat(error.get("index").asInt()).isZero();
    }

    @Test
    void reportsEveryInvalidTargetRowAtOnce() {
        String body = categoryWithRows(uniqueCode(),
                "{ \"checkpoint\": 1, \"salesTarget\": 50000.00, \"serviceScoreTarget\": 4.00 }", VALID_ROWS[1], "{ \"checkpoint\": 3, \"salesTarget\": 100000.00 }", VALID_ROWS[3]);

        JsonNode problem = assertProblem(postCategory(body), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("targets[0].serviceScoreTarget",
                "targets[2].serviceScoreTarget");
        assertThat(indexes(problem))
                .containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void acceptsNameOfExactly200Characters() {
        String code = uniqueCode();
        String name = "n".repeat(200);

        postCategory(categoryJson(code).replace("Women's apparel", name)).expectStatus().isCreated();

        assertThat(getCategory(code).get("name").asString()).isEqualTo(name);
    }

    @Test
    void rejectsNameLongerThan200Characters() {
        String code = uniqueCode();

        JsonNode error = singleError(assertProblem(postCategory(categoryJson(code).replace("Women's apparel",
                "n".repeat(201))), 400));

        assertThat(error.get("field").asString()).isEqualTo("name");
        assertThat(error.has("index")).isFalse();
        assertProblem(http.get().uri("/api/categories/{code}", code).exchange(), 404);
    }

    @Test
    void rejectsNameTheDatabaseCannotStoreAsInvalidInput() {
        String code = uniqueCode();

        assertProblem(postCategory(categoryJson(code).replace("Women's apparel", "Women\\u0000s apparel")), 400);

        assertProblem(http.get().uri("/api/categories/{code}", code).exchange(), 404);
    }

    @Test
    void rejectsMissingCodeNameAndTargets() {
        JsonNode problem = assertProblem(postCategory("{ \"effectiveFrom\": \"2026-01-01\" }"), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("code", "name", "targets");
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "ümlaut", "-leading-dash", "a/b"})
    void rejectsCodeWithCharactersOutsideLettersDigitsDashAndUnderscore(String code) {
        JsonNode error = singleError(assertProblem(postCategory(categoryJson(code)), 400));

        assertThat(error.get("field").asString()).isEqualTo("code");
    }

    @Test
    void rejectsCodeLongerThan64Characters() {
        JsonNode problem = assertProblem(postCategory(categoryJson("c".repeat(65))), 400);

        assertThat(fields(problem)).containsExactly("code");
    }

    @Test
    void createsACodeOnceWhenRequestsRace() throws Exception {
        String code = uniqueCode();

        List<Integer> statuses = Concurrently.statuses(6, n -> postCategory(categoryJson(code)
                .replace("Women's apparel", "Racer " + n)).returnResult().getStatus().value());

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(getCategory(code).get("targetVersions").size()).isEqualTo(1);
    }

    // --- read -----------------------------------------------------------------------------------

    @Test
    void findsCategoryByCode() {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();

        JsonNode category = getCategory(code);

        assertThat(category.get("code").asString()).isEqualTo(code);
        assertThat(category.at("/targetVersions/0/targets/2/serviceScoreTarget").decimalValue())
                .isEqualByComparingTo("4.65");
    }

    @Test
    void answersNotFoundForUnknownCode() {
        String code = uniqueCode();

        JsonNode problem = assertProblem(http.get().uri("/api/categories/{code}", code).exchange(), 404);

        assertThat(problem.get("detail").asString()).contains(code);
    }

    @Test
    void listsCategoriesPagedInAStableOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = uniqueCode();
            postCategory(categoryJson(code)).expectStatus().isCreated();
            created.add(code);
        }

        JsonNode all = getJson("/api/categories?size=500");
        assertThat(all.get("page").asInt()).isZero();
        assertThat(all.get("size").asInt()).isEqualTo(500);
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3).isLessThanOrEqualTo(500);
        List<String> codes = new ArrayList<>();
        all.get("items").forEach(item -> codes.add(item.get("code").asString()));
        assertThat(codes).hasSize((int) total).containsAll(created);
        assertThat(all.at("/items/0/targetVersions/0/targets").size()).isEqualTo(4);

        for (String code : created) {
            int position = codes.indexOf(code);
            JsonNode page = getJson("/api/categories?page=" + position + "&size=1");
            assertThat(page.get("page").asInt()).isEqualTo(position);
            assertThat(page.get("size").asInt()).isEqualTo(1);
            assertThat(page.get("total").asLong()).isEqualTo(total);
            assertThat(page.get("items").size()).isEqualTo(1);
            assertThat(page.at("/items/0/code").asString()).isEqualTo(code);
        }
    }

    @Test
    void listsWithDefaultPageSizeOf50() {
        JsonNode page = getJson("/api/categories");

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("items").size()).isLessThanOrEqualTo(50);
    }

    @Test
    void answersEmptyPageBeyondTheLastOne() {
        JsonNode page = getJson("/api/categories?page=100000&size=500");

        assertThat(page.get("items").size()).isZero();
        assertThat(page.get("page").asInt()).isEqualTo(100000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            size=501                 | size
            size=0                   | size
            page=-1                  | page
            page=2147483647&size=500 | page
            page=x                   | page
            size=1.5                 | size
            """)
    void rejectsInvalidPaging(String query, String field) {
        JsonNode problem = assertProblem(http.get().uri("/api/categories?" + query).exchange(), 400);

        assertThat(fields(problem)).containsExactly(field);
    }

    // --- target versions ------------------------------------------------------------------------

    @Test
    void addsTargetVersionWithTheNextNumberAndKeepsTheHistory() {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();

        postTargetVersion(code, """
                { "effectiveFrom": "2026-07-01", "targets": [
                    { "checkpoint": 1, "salesTarget": 60000.00 },
                    { "checkpoint": 2, "salesTarget": 90000.00, "serviceScoreTarget": 4.61 },
                    { "checkpoint": 3, "salesTarget": 110000.00, "serviceScoreTarget": 4.66 },
                    { "checkpoint": 4, "salesTarget": 130000.00, "serviceScoreTarget": 4.71 } ] }""")
                .expectStatus().isCreated()
                .expectHeader().location("/api/categories/" + code + "/target-versions/2")
                .expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.effectiveFrom").isEqualTo("2026-07-01")
                .jsonPath("$.targets.length()").isEqualTo(4)
                .jsonPath("$.targets[0].salesTarget").isEqualTo(60000.00)
                .jsonPath("$.targets[0].serviceScoreTarget").doesNotExist()
                .jsonPath("$.targets[3].serviceScoreTarget").isEqualTo(4.71);

        JsonNode versions = getCategory(code).get("targetVersions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.at("/0/version").asInt()).isEqualTo(1);
        assertThat(versions.at("/0/effectiveFrom").asString()).isEqualTo("2026-01-01");
        assertThat(versions.at("/0/targets/0/salesTarget").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(versions.at("/1/version").asInt()).isEqualTo(2);
        assertThat(versions.at("/1/effectiveFrom").asString()).isEqualTo("2026-07-01");
        assertThat(versions.at("/1/targets/0/salesTarget").decimalValue()).isEqualByComparingTo("60000.00");

        JsonNode second = getJson("/api/categories/" + code + "/target-versions/2");
        assertThat(second).isEqualTo(versions.get(1));
    }

    @ParameterizedTest(name = "effectiveFrom {0}")
    @ValueSource(strings = {"2026-01-01", "2025-12-31"})
    void refusesTargetVersionNotLaterThanTheLatest(String effectiveFrom) {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();

        String body = """
                { "effectiveFrom": "%s", "targets": %s }""".formatted(effectiveFrom, Fixtures.validTargetsJson());

        JsonNode problem = assertProblem(postTargetVersion(code, body), 409);

        assertThat(problem.get("detail").asString()).contains(effectiveFrom);
        assertThat(getCategory(code).get("targetVersions").size()).isEqualTo(1);
    }

    @Test
    void refusesTargetVersionNotLaterThanTheLatestOfSeveral() {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();
        Fixtures data = new Fixtures(http);
        data.addTargetVersion(code, LocalDate.of(2026, 6, 1));

        assertProblem(postTargetVersion(code, """
                { "effectiveFrom": "2026-03-01", "targets": %s }""".formatted(Fixtures.validTargetsJson())), 409);

        assertThat(data.addTargetVersion(code, LocalDate.of(2026, 6, 2))).isEqualTo(3);
    }

    @Test
    void addsOneVersionWhenRequestsWithTheSameEffectiveFromRace() throws Exception {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();

        List<Integer> statuses = Concurrently.statuses(6, n -> postTargetVersion(code, """
                { "effectiveFrom": "2026-07-01", "targets": %s }""".formatted(Fixtures.validTargetsJson()))
                .returnResult().getStatus().value());

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        JsonNode versions = getCategory(code).get("targetVersions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.at("/1/version").asInt()).isEqualTo(2);
    }

    @Test
    void answersNotFoundWhenAddingVersionToUnknownCategory() {
        String code = uniqueCode();

        JsonNode problem = assertProblem(postTargetVersion(code, """
                { "effectiveFrom": "2026-07-01", "targets": %s }""".formatted(Fixtures.validTargetsJson())), 404);

        assertThat(problem.get("detail").asString()).contains(code);
    }

    @Test
    void rejectsTargetVersionWithoutEffectiveFrom() {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();

        JsonNode problem = assertProblem(postTargetVersion(code, """
                { "targets": %s }""".formatted(Fixtures.validTargetsJson())), 400);

        assertThat(fields(problem)).containsExactly("effectiveFrom");
    }

    @Test
    void rejectsInvalidTargetSetOfNewVersionNamingTheRow() {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();

        JsonNode error = singleError(assertProblem(postTargetVersion(code, """
                { "effectiveFrom": "2026-07-01", "targets": [ %s, %s, %s, %s ] }""".formatted(VALID_ROWS[0],
                VALID_ROWS[1], VALID_ROWS[2], "{ \"checkpoint\": 4, \"salesTarget\": 120000.00 }")), 400));

        assertThat(error.get("field").asString()).isEqualTo("targets[3].serviceScoreTarget");
        assertThat(error.get("index").asInt()).isEqualTo(3);
        assertThat(getCategory(code).get("targetVersions").size()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "+5874898-01-01", "-0001-12-31"})
    void rejectsEffectiveFromBeyondFourDigitYears(String effectiveFrom) {
        String code = uniqueCode();

        JsonNode error = singleError(assertProblem(postCategory(categoryJson(code)
                .replace("\"2026-01-01\"", "\"" + effectiveFrom + "\"")), 400));
        assertThat(error.get("field").asString()).isEqualTo("effectiveFrom");

        postCategory(categoryJson(code)).expectStatus().isCreated();
        String version = """
                { "effectiveFrom": "%s", "targets": %s }""".formatted(effectiveFrom, Fixtures.validTargetsJson());
        error = singleError(assertProblem(postTargetVersion(code, version), 400));
        assertThat(error.get("field").asString()).isEqualTo("effectiveFrom");
        assertThat(getCategory(code).get("targetVersions").size()).isEqualTo(1);
    }

    @Test
    void answersNotFoundForUnknownTargetVersion() {
        String code = uniqueCode();
        postCategory(categoryJson(code)).expectStatus().isCreated();

        assertProblem(http.get().uri("/api/categories/{code}/target-versions/2", code).exchange(), 404);
    }
}
