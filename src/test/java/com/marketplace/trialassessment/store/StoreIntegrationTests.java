package com.marketplace.trialassessment.store;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.fields;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.TestClockConfiguration;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class StoreIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    Fixtures data;

    @BeforeEach
    void setUp() {
        data = new Fixtures(http);
    }

    @AfterEach
    void resetClock() {
        clock.setToday(TestClockConfiguration.DEFAULT_TODAY);
    }

    RestTestClient.ResponseSpec postStore(String body) {
        return http.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
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

    // --- create ---------------------------------------------------------------------------------

    @Test
    void registersStoreOnTrialAgainstItsCategoryTargets() {
        String category = data.createCategory();
        String merchant = Fixtures.unique("m");

        String body = postStore(Fixtures.storeJson(category, merchant, LAUNCH))
                .expectStatus().isCreated()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode store = json(body);

        assertThat(store.get("id").isIntegralNumber()).isTrue();
        assertThat(store.get("name").asString()).isEqualTo("Lanxi Flagship Store");
        assertThat(store.get("merchantId").asString()).isEqualTo(merchant);
        assertThat(store.get("categoryCode").asString()).isEqualTo(category);
        assertThat(store.get("storeType").asString()).isEqualTo("FLAGSHIP");
        assertThat(store.get("launchDate").asString()).isEqualTo("2026-03-01");
        assertThat(store.get("status").asString()).isEqualTo("TRIAL");
        assertThat(store.get("targetVersion").asInt()).isEqualTo(1);
    }

    @Test
    void answersCreatedWithLocationOfTheNewStore() {
        String category = data.createCategory();

        RestTestClient.ResponseSpec response = postStore(Fixtures.storeJson(category, Fixtures.unique("m"), LAUNCH))
                .expectStatus().isCreated();
        JsonNode store = json(response.expectBody(String.class).returnResult().getResponseBody());
        long id = store.get("id").asLong();

        response.expectHeader().location("/api/stores/" + id);
        assertThat(getJson("/api/stores/{id}", id)).isEqualTo(store);
    }

    @Test
    void answersOnCreateTheTimestampsThatAreLaterReadBack() {
        clock.set(Instant.parse("2026-11-22T01:02:03.123456789Z"));
        String category = data.createCategory();

        String created = postStore(Fixtures.storeJson(category, Fixtures.unique("m"), LAUNCH))
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        long id = json(created).get("id").asLong();

        String readBack = http.get().uri("/api/stores/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(created).isEqualTo(readBack);
        assertThat(json(readBack).get("createdAt").asString())
                .startsWith("2026-11-22T09:02:03.123456").endsWith("+08:00");
    }

    @Test
    void assessesStoreAgainstTheVersionInForceOnItsLaunchDate() {
        String category = data.createCategory(LocalDate.of(2026, 1, 1));
        assertThat(data.addTargetVersion(category, LocalDate.of(2026, 6, 1))).isEqualTo(2);
        String merchant = Fixtures.unique("m");

        JsonNode onFirstDayOfVersion1 = data.createStore(category, merchant, LocalDate.of(2026, 1, 1));
        JsonNode onLastDayOfVersion1 = data.createStore(category, merchant, LocalDate.of(2026, 5, 31));
        JsonNode onFirstDayOfVersion2 = data.createStore(category, merchant, LocalDate.of(2026, 6, 1));
        JsonNode later = data.createStore(category, merchant, LocalDate.of(2026, 11, 22));

        assertThat(onFirstDayOfVersion1.get("targetVersion").asInt()).isEqualTo(1);
        assertThat(onLastDayOfVersion1.get("targetVersion").asInt()).isEqualTo(1);
        assertThat(onFirstDayOfVersion2.get("targetVersion").asInt()).isEqualTo(2);
        assertThat(later.get("targetVersion").asInt()).isEqualTo(2);
    }

    @Test
    void keepsItsTargetVersionWhenTheCategoryGetsANewOne() {
        String category = data.createCategory(LocalDate.of(2026, 1, 1));
        long id = data.createStore(category, Fixtures.unique("m"), LocalDate.of(2026, 8, 1)).get("id").asLong();

        data.addTargetVersion(category, LocalDate.of(2026, 7, 1));

        assertThat(getJson("/api/stores/{id}", id).get("targetVersion").asInt()).isEqualTo(1);
        assertThat(data.createStore(category, Fixtures.unique("m"), LocalDate.of(2026, 8, 1))
                .get("targetVersion").asInt()).isEqualTo(2);
    }

    @Test
    void answersUnprocessableForUnknownCategory() {
        String merchant = Fixtures.unique("m");

        JsonNode error = singleError(assertProblem(postStore(Fixtures.storeJson(Fixtures.unique("no-such-category"),
                merchant, LAUNCH)), 422));

        assertThat(error.get("field").asString()).isEqualTo("categoryCode");
        assertThat(getJson("/api/stores?merchantId={m}", merchant).get("total").asLong()).isZero();
    }

    @Test
    void answersUnprocessableWhenLaunchedBeforeTheFirstTargetVersion() {
        String category = data.createCategory(LocalDate.of(2026, 1, 1));
        String merchant = Fixtures.unique("m");

        JsonNode error = singleError(assertProblem(postStore(Fixtures.storeJson(category, merchant,
                LocalDate.of(2025, 12, 31))), 422));

        assertThat(error.get("field").asString()).isEqualTo("launchDate");
        assertThat(getJson("/api/stores?merchantId={m}", merchant).get("total").asLong()).isZero();
    }

    @Test
    void rejectsStoreWithoutAnyField() {
        JsonNode problem = assertProblem(postStore("{}"), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("name", "merchantId", "categoryCode", "storeType",
                "launchDate");
    }

    @Test
    void rejectsBlankName() {
        String body = Fixtures.storeJson(data.createCategory(), Fixtures.unique("m"), LAUNCH)
                .replace("Lanxi Flagship Store", "   ");

        assertThat(fields(assertProblem(postStore(body), 400))).containsExactly("name");
    }

    @Test
    void rejectsUnknownStoreType() {
        String body = Fixtures.storeJson(data.createCategory(), Fixtures.unique("m"), LAUNCH)
                .replace("FLAGSHIP", "KIOSK");

        JsonNode error = singleError(assertProblem(postStore(body), 400));

        assertThat(error.get("field").asString()).isEqualTo("storeType");
        assertThat(error.get("message").asString()).contains("FLAGSHIP", "SPECIALTY", "FRANCHISE");
    }

    @Test
    void rejectsImpossibleLaunchDate() {
        String body = Fixtures.storeJson(data.createCategory(), Fixtures.unique("m"), LAUNCH)
                .replace("2026-03-01", "2026-02-30");

        JsonNode error = singleError(assertProblem(postStore(body), 400));

        assertThat(error.get("field").asString()).isEqualTo("launchDate");
    }

    @Test
    void rejectsLaunchDateMoreThanAYearAhead() {
        String merchant = Fixtures.unique("m");

        JsonNode error = singleError(assertProblem(postStore(Fixtures.storeJson(data.createCategory(), merchant,
                clock.today().plusDays(367))), 400));

        assertThat(error.get("field").asString()).isEqualTo("launchDate");
        assertThat(getJson("/api/stores?merchantId={m}", merchant).get("total").asLong()).isZero();
    }

    @Test
    void acceptsNameOf200CharactersButNotMore() {
        String category = data.createCategory();
        String fits = "s".repeat(200);

        postStore(Fixtures.storeJson(category, Fixtures.unique("m"), LAUNCH).replace("Lanxi Flagship Store", fits))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.name").isEqualTo(fits);
        JsonNode problem = assertProblem(postStore(Fixtures.storeJson(category, Fixtures.unique("m"), LAUNCH)
                .replace("Lanxi Flagship Store", fits + "s")), 400);

        assertThat(fields(problem)).containsExactly("name");
    }

    @Test
    void rejectsMerchantIdLongerThan64Characters() {
        JsonNode problem = assertProblem(postStore(Fixtures.storeJson(data.createCategory(), "m".repeat(65), LAUNCH)),
                400);

        assertThat(fields(problem)).containsExactly("merchantId");
    }

    @Test
    void rejectsMerchantIdTheDatabaseCannotStoreAsInvalidInput() {
        String merchant = Fixtures.unique("m");

        assertProblem(postStore(Fixtures.storeJson(data.createCategory(), merchant + "\\u0000", LAUNCH)), 400);

        assertThat(getJson("/api/stores?merchantId={m}", merchant).get("total").asLong()).isZero();
    }

    // --- read -----------------------------------------------------------------------------------

    @Test
    void getsOneStore() {
        JsonNode created = data.createStore(LAUNCH);

        JsonNode store = getJson("/api/stores/{id}", created.get("id").asLong());

        assertThat(store).isEqualTo(created);
    }

    @Test
    void answersNotFoundForUnknownStore() {
        long unknown = data.createStoreId(LAUNCH) + 1_000_000;

        JsonNode problem = assertProblem(http.get().uri("/api/stores/{id}", unknown).exchange(), 404);

        assertThat(problem.get("detail").asString()).contains(String.valueOf(unknown));
    }

    @Test
    void filtersStoresByMerchantCategoryAndStatus() {
        String womenswear = data.createCategory();
        String menswear = data.createCategory();
        String merchant = Fixtures.unique("m");
        String otherMerchant = Fixtures.unique("m");
        long first = data.createStore(womenswear, merchant, LAUNCH).get("id").asLong();
        long second = data.createStore(menswear, merchant, LAUNCH).get("id").asLong();
        long third = data.createStore(womenswear, merchant, LAUNCH).get("id").asLong();
        long othersStore = data.createStore(womenswear, otherMerchant, LAUNCH).get("id").asLong();

        assertThat(ids(getJson("/api/stores?merchantId={m}", merchant))).containsExactly(first, second, third);
        assertThat(ids(getJson("/api/stores?categoryCode={c}", womenswear)))
                .containsExactly(first, third, othersStore);
        assertThat(ids(getJson("/api/stores?merchantId={m}&categoryCode={c}", merchant, womenswear)))
                .containsExactly(first, third);
        assertThat(ids(getJson("/api/stores?status=TRIAL&merchantId={m}&categoryCode={c}", merchant, menswear)))
                .containsExactly(second);
        JsonNode none = getJson("/api/stores?status=TERMINATED&merchantId={m}", merchant);
        assertThat(none.get("items").size()).isZero();
        assertThat(none.get("total").asLong()).isZero();
        assertThat(getJson("/api/stores?status=FORMAL&merchantId={m}", merchant).get("total").asLong()).isZero();
        assertThat(getJson("/api/stores?merchantId={m}", Fixtures.unique("nobody")).get("total").asLong()).isZero();
    }

    @Test
    void pagesStoresOrderedById() {
        String category = data.createCategory();
        String merchant = Fixtures.unique("m");
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(data.createStore(category, merchant, LAUNCH).get("id").asLong());
        }

        JsonNode first = getJson("/api/stores?merchantId={m}&page=0&size=2", merchant);
        JsonNode second = getJson("/api/stores?merchantId={m}&page=1&size=2", merchant);
        JsonNode last = getJson("/api/stores?merchantId={m}&page=2&size=2", merchant);
        JsonNode beyond = getJson("/api/stores?merchantId={m}&page=3&size=2", merchant);

        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(last.get("total").asLong()).isEqualTo(5);
        List<Long> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        all.addAll(ids(last));
        assertThat(ids(first)).hasSize(2);
        assertThat(ids(last)).hasSize(1);
        assertThat(all).containsExactlyElementsOf(created).isSorted();
        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("total").asLong()).isEqualTo(5);
    }

    @Test
    void listsWithDefaultPageSizeOf50() {
        JsonNode page = getJson("/api/stores?merchantId={m}", Fixtures.unique("m"));

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
    }

    @Test
    void acceptsPageSizeOf500() {
        assertThat(getJson("/api/stores?size=500").get("size").asInt()).isEqualTo(500);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            size=501                 | size
            size=0                   | size
            page=-1                  | page
            page=2147483647&size=500 | page
            page=9999999999          | page
            size=abc                 | size
            status=ACTIVE            | status
            """)
    void rejectsInvalidListParameters(String query, String field) {
        JsonNode problem = assertProblem(http.get().uri("/api/stores?" + query).exchange(), 400);

        assertThat(fields(problem)).containsExactly(field);
    }

    @Test
    void namesTheAllowedValuesOfAnUnknownStatusFilter() {
        JsonNode error = singleError(assertProblem(http.get().uri("/api/stores?status=ACTIVE").exchange(), 400));

        assertThat(error.get("message").asString()).contains("TRIAL", "FORMAL", "TERMINATED");
    }

    @Test
    void rejectsFilterTheDatabaseCannotCompareAsInvalidInput() {
        assertProblem(http.get().uri("/api/stores?merchantId={m}", "m\u0000").exchange(), 400);
    }
}
