package com.marketplace.trialassessment.common;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Concurrently;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.RawHttp;
import com.marketplace.trialassessment.support.TestClockConfiguration;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * The formal-store endpoints as a hostile client calls them, byte for byte over a socket: years and
 * store ids in every spelling, paging and filters abused, reasons of every wrong shape, content types,
 * tokens of the wrong role or merchant, agreement figures no agreement can have, and re-evaluations
 * racing each other. Every refusal is a 4xx problem that names the field at fault (or, when nothing
 * can be named, none), never a 5xx and never a 200.
 */
@IntegrationTest
class FormalEndpointsHostileIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final LocalDate LAUNCH = LocalDate.of(2024, 6, 1);
    static final String JSON = "Content-Type: application/json";
    static final String REASON = "{ \"reason\": \"appeal 2026-118 upheld\" }";

    /** A formal store warned for 2025 ({@code {s}}), its merchant, a store on trial ({@code {t}}), a category ({@code {c}}). */
    static long formal;
    static String merchant;
    static long trial;
    static String category;

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    record Case(String name, int status, String field, Supplier<String> request) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void world() {
        clock.setToday(TODAY);
        if (category != null) {
            return;
        }
        Fixtures data = new Fixtures(http);
        Trial store = warnedFor2025(data);
        formal = store.storeId();
        merchant = store.merchantId();
        trial = data.launch(LocalDate.of(2025, 12, 1)).storeId();
        category = data.createCategory();
    }

    @AfterEach
    void resetClock() {
        clock.setToday(TestClockConfiguration.DEFAULT_TODAY);
    }

    /** As FormalLifeIntegrationTests: formal since 2024-12-28, 730,000.00 of sales in 2025, so warned for 2025. */
    static Trial warnedFor2025(Fixtures data) {
        Trial store = data.launchWithTerms(LAUNCH, Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE).passingTrial()
                .salesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "2000.00")
                .scoreOn(LocalDate.of(2025, 12, 20), "4.81");
        store.evaluate();
        return store;
    }

    static Stream<Case> hostileRequests() {
        List<Case> cases = new ArrayList<>();
        years(cases);
        paging(cases);
        reasons(cases);
        roles(cases);
        filters(cases);
        agreements(cases);
        return cases.stream();
    }

    /** The {@code {year}} of both re-evaluations, and which results there are to re-evaluate. */
    static void years(List<Case> cases) {
        for (String kind : List.of("annual-assessments", "rectification-reviews")) {
            String path = "/api/stores/{s}/" + kind + "/%s/reevaluations";
            for (String year : List.of("abc", "2147483648", "9223372036854775808", "-9223372036854775809", "1e3",
                    "2025.0", "%2B2025", "02025", "0x7E9", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95",
                    "%D9%A2%D9%A0%D9%A2%D9%A5", "%202025", "2025%20", "2025%09", "%C2%A02025")) {
                cases.add(new Case(kind + " year " + year, 400, "year", () -> ops("POST", path.formatted(year), REASON)));
            }
            for (String year : List.of("-1", "0", "1999", "10000", "2147483647", "-2147483648")) {
                cases.add(new Case(kind + " year " + year, 400, "year", () -> ops("POST", path.formatted(year), REASON)));
            }
            cases.add(new Case(kind + " of a store on trial", 409, null,
                    () -> ops("POST", ("/api/stores/{t}/" + kind + "/2025/reevaluations"), REASON)));
            cases.add(new Case(kind + " of a store that does not exist", 404, null,
                    () -> ops("POST", "/api/stores/" + Long.MAX_VALUE + "/" + kind + "/2025/reevaluations", REASON)));
            for (String id : List.of("0x1", "%2B1", "01", "1.0", "%201")) {
                cases.add(new Case(kind + " of store " + id, 400, "id",
                        () -> ops("POST", "/api/stores/" + id + "/" + kind + "/2025/reevaluations", REASON)));
            }
        }
        cases.add(new Case("an assessment of a year without one", 409, null,
                () -> ops("POST", "/api/stores/{s}/annual-assessments/2023/reevaluations", REASON)));
        cases.add(new Case("an assessment that is not the latest", 409, null,
                () -> ops("POST", "/api/stores/{s}/annual-assessments/2024/reevaluations", REASON)));
        cases.add(new Case("a review not decided yet", 409, null,
                () -> ops("POST", "/api/stores/{s}/rectification-reviews/2025/reevaluations", REASON)));
    }

    /** {@code page} and {@code size} of the annual results and of the formal stores at risk. */
    static void paging(List<Case> cases) {
        for (String path : List.of("/api/stores/{s}/annual-results?", "/api/dashboard/at-risk-stores?phase=FORMAL&")) {
            Map<String, String> queries = Map.ofEntries(Map.entry("page=-1", "page"), Map.entry("size=0", "size"),
                    Map.entry("size=501", "size"), Map.entry("size=-1", "size"), Map.entry("page=2147483647", "page"),
                    Map.entry("page=4294968&size=500", "page"), Map.entry("page=1e3", "page"),
                    Map.entry("size=abc", "size"), Map.entry("page=0x1", "page"), Map.entry("size=%2B5", "size"),
                    Map.entry("size=%205", "size"), Map.entry("page=00", "page"), Map.entry("page=1&page=2", "page"),
                    Map.entry("size=9223372036854775808", "size"), Map.entry("page=%EF%BC%91", "page"));
            queries.forEach((query, field) -> cases.add(new Case("GET " + path + query, 400, field,
                    () -> ops("GET", path + query, null))));
            for (String query : List.of("page=%FF", "page=%", "page=%zz", "size=%E2%82", "%FF=1")) {
                cases.add(new Case("GET " + path + query, 400, null, () -> ops("GET", path + query, null)));
            }
        }
        cases.add(new Case("annual results of a store that does not exist", 404, null,
                () -> ops("GET", "/api/stores/" + Long.MAX_VALUE + "/annual-results", null)));
        for (String id : List.of("0x1", "%2B1", "01", "1e0", "%EF%BC%91")) {
            cases.add(new Case("annual results of store " + id, 400, "id",
                    () -> ops("GET", "/api/stores/" + id + "/annual-results", null)));
            cases.add(new Case("annual standing of store " + id, 400, "id",
                    () -> ops("GET", "/api/stores/" + id + "/annual-standing", null)));
        }
        cases.add(new Case("annual standing of a store on trial", 409, null,
                () -> ops("GET", "/api/stores/{t}/annual-standing", null)));
        cases.add(new Case("annual standing of a store that does not exist", 404, null,
                () -> ops("GET", "/api/stores/" + Long.MAX_VALUE + "/annual-standing", null)));
    }

    /** The body of a re-evaluation: {@code { "reason": "..." }}, 1 to 2,000 characters that say something. */
    static void reasons(List<Case> cases) {
        String path = "/api/stores/{s}/annual-assessments/2025/reevaluations";
        Map<String, String> named = Map.ofEntries(
                Map.entry("no reason", "{}"),
                Map.entry("a null reason", "{ \"reason\": null }"),
                Map.entry("an empty reason", "{ \"reason\": \"\" }"),
                Map.entry("spaces", "{ \"reason\": \"   \" }"),
                Map.entry("tabs and line breaks", "{ \"reason\": \"\\t\\r\\n\" }"),
                Map.entry("an em space", "{ \"reason\": \"\\u2003\" }"),
                Map.entry("an ideographic space", "{ \"reason\": \"\\u3000\" }"),
                Map.entry("a no-break space", "{ \"reason\": \"\\u00a0\" }"),
                Map.entry("a narrow no-break space", "{ \"reason\": \"\\u202f\\u00a0\" }"),
                Map.entry("a zero-width space", "{ \"reason\": \"\\u200b\" }"),
                Map.entry("a word joiner and a byte order mark", "{ \"reason\": \" \\u2060\\ufeff \" }"),
                Map.entry("control characters", "{ \"reason\": \"\\u0007\\u001b\\u0085\" }"),
                Map.entry("2,001 characters", "{ \"reason\": \"" + "x".repeat(2001) + "\" }"),
                Map.entry("1,001 emoji (2,002 UTF-16 units)", "{ \"reason\": \"" + "\\ud83d\\ude00".repeat(1001) + "\" }"),
                Map.entry("a list", "{ \"reason\": [ \"appeal\" ] }"),
                Map.entry("an object", "{ \"reason\": { \"text\": \"appeal\" } }"),
                Map.entry("NaN", "{ \"reason\": NaN }"),
                Map.entry("a number with leading zeros", "{ \"reason\": 007 }"),
                Map.entry("a bracket that closes nothing after it", "{ \"reason\": \"appeal\" ]"));
        named.forEach((name, body) -> cases.add(new Case("reason: " + name, 400, "reason",
                () -> ops("POST", path, body))));
        for (String body : List.of("", "not json", "[]", "null", "\"appeal\"", "{ \"reason\": \"appeal\" } trailing",
                "{ \"reason\": \"appeal\"", "{ \"reason\": ")) {
            cases.add(new Case("body [" + body + "]", 400, null, () -> ops("POST", path, body)));
        }
        cases.add(new Case("a NUL character in the reason", 400, null,
                () -> ops("POST", path, "{ \"reason\": \"appeal\\u0000upheld\" }")));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "*/*",
                "application/*", "application/json; charset=nope")) {
            cases.add(new Case("Content-Type " + type, 415, null, () -> RawHttp.request("POST", fill(path),
                    List.of(bearer(Tokens.ops()), "Content-Type: " + type), REASON)));
        }
        cases.add(new Case("no Content-Type", 415, null,
                () -> RawHttp.request("POST", fill(path), List.of(bearer(Tokens.ops())), REASON)));
    }

    /** Merchants read their own stores only; re-evaluations are for operations staff. */
    static void roles(List<Case> cases) {
        for (String read : List.of("/api/stores/{s}/annual-results", "/api/stores/{s}/annual-standing")) {
            cases.add(new Case("another merchant: GET " + read, 404, null,
                    () -> as(Tokens.merchant("m-someone-else"), "GET", read, null)));
            cases.add(new Case("FEED: GET " + read, 403, null, () -> as(Tokens.feed(), "GET", read, null)));
            cases.add(new Case("no token: GET " + read, 401, null,
                    () -> RawHttp.request("GET", fill(read), List.of(), null)));
        }
        for (String write : List.of("/api/stores/{s}/annual-assessments/2025/reevaluations",
                "/api/stores/{s}/rectification-reviews/2025/reevaluations")) {
            cases.add(new Case("the store's merchant: POST " + write, 403, null,
                    () -> as(Tokens.merchant(merchant), "POST", write, REASON)));
            cases.add(new Case("another merchant: POST " + write, 403, null,
                    () -> as(Tokens.merchant("m-someone-else"), "POST", write, REASON)));
            cases.add(new Case("FEED: POST " + write, 403, null, () -> as(Tokens.feed(), "POST", write, REASON)));
        }
        cases.add(new Case("a merchant: formal stores at risk", 403, null,
                () -> as(Tokens.merchant(merchant), "GET", "/api/dashboard/at-risk-stores?phase=FORMAL", null)));
        cases.add(new Case("a merchant: a category with agreement terms", 403, null,
                () -> as(Tokens.merchant(merchant), "POST", "/api/categories", category(Fixtures.DEFAULT_ANNUAL,
                        Fixtures.DEFAULT_FEE))));
        cases.add(new Case("FEED: a target version with agreement terms", 403, null,
                () -> as(Tokens.feed(), "POST", "/api/categories/{c}/target-versions", targetVersion(
                        Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE))));
    }

    /** {@code ?standing=} of the store list and {@code ?phase=&standing=&categoryCode=} of the stores at risk. */
    static void filters(List<Case> cases) {
        for (String standing : List.of("warned", "Warned", "NONE", "1", "0", "WARNED,GOOD", "W%C3%84RNED", "%20",
                "%20WARNED", "WARNED%20", "%09WARNED", "WARNED%0A", "%00", "WARNED%00", "%C2%A0WARNED",
                "WARNED&standing=GOOD", "WARNED&standing=WARNED", "WARNED&standing=")) {
            cases.add(new Case("stores with standing=" + standing, 400, "standing",
                    () -> ops("GET", "/api/stores?standing=" + standing, null)));
            cases.add(new Case("formal stores at risk with standing=" + standing, 400, "standing",
                    () -> ops("GET", "/api/dashboard/at-risk-stores?phase=FORMAL&standing=" + standing, null)));
        }
        for (String status : List.of("formal", "%20FORMAL", "%00", "FORMAL&status=TRIAL")) {
            cases.add(new Case("stores with status=" + status, 400, "status",
                    () -> ops("GET", "/api/stores?status=" + status, null)));
        }
        for (String phase : List.of("formal", "Formal", "LATER", "%20", "%20FORMAL", "FORMAL%20", "%00", "%0BFORMAL",
                "FORMAL&phase=TRIAL", "TRIAL&phase=FORMAL", "FORMAL&phase=FORMAL")) {
            cases.add(new Case("stores at risk with phase=" + phase, 400, "phase",
                    () -> ops("GET", "/api/dashboard/at-risk-stores?phase=" + phase, null)));
        }
        cases.add(new Case("a standing without phase FORMAL", 400, "standing",
                () -> ops("GET", "/api/dashboard/at-risk-stores?standing=WARNED", null)));
        cases.add(new Case("a standing with phase TRIAL", 400, "standing",
                () -> ops("GET", "/api/dashboard/at-risk-stores?phase=TRIAL&standing=GOOD", null)));
        cases.add(new Case("a checkpoint with phase FORMAL", 400, "checkpoint",
                () -> ops("GET", "/api/dashboard/at-risk-stores?phase=FORMAL&checkpoint=2", null)));
        cases.add(new Case("a NUL character in the category code", 400, null,
                () -> ops("GET", "/api/dashboard/at-risk-stores?phase=FORMAL&categoryCode=%00", null)));
    }

    /** The {@code annual} and {@code fee} blocks of a new category and of a new target version. */
    static void agreements(List<Case> cases) {
        Map<String, String> salesTargets = Map.ofEntries(
                Map.entry("NaN", "annual.salesTarget"), Map.entry("Infinity", "annual.salesTarget"),
                Map.entry("-Infinity", "annual.salesTarget"), Map.entry("0012", "annual.salesTarget"),
                Map.entry("+12", "annual.salesTarget"), Map.entry(".5", "annual.salesTarget"),
                Map.entry("5.", "annual.salesTarget"), Map.entry("\"0x10\"", "annual.salesTarget"),
                Map.entry("1e400", "annual.salesTarget"), Map.entry("-1e400", "annual.salesTarget"),
                Map.entry("1e-400", "annual.salesTarget"), Map.entry("1e2147483648", "annual.salesTarget"),
                Map.entry("1e-2147483649", "annual.salesTarget"), Map.entry("1e999999999", "annual.salesTarget"),
                Map.entry("-0", "annual.salesTarget"), Map.entry("-0.00", "annual.salesTarget"),
                Map.entry("0E+3", "annual.salesTarget"), Map.entry("-1", "annual.salesTarget"),
                Map.entry("1000000000000", "annual.salesTarget"), Map.entry("99999999999999.99", "annual.salesTarget"),
                Map.entry("1e15", "annual.salesTarget"), Map.entry("1.001", "annual.salesTarget"),
                Map.entry("1200000.00000", "annual.salesTarget"), Map.entry("\"NaN\"", "annual.salesTarget"),
                Map.entry("\"lots\"", "annual.salesTarget"), Map.entry("\"\"", "annual.salesTarget"),
                Map.entry("true", "annual.salesTarget"), Map.entry("[1]", "annual.salesTarget"),
                Map.entry("{}", "annual.salesTarget"), Map.entry("null", "annual.salesTarget"));
        // longer than the parser reads a number (1,000 characters): named by the block it is in
        agreement(cases, "salesTarget of 1,100 digits", "annual",
                "{ \"salesTarget\": 1" + "0".repeat(1100) + ", \"serviceScoreTarget\": 4.70 }", null);
        salesTargets.forEach((value, field) -> agreement(cases, "salesTarget " + value, field,
                "{ \"salesTarget\": " + value + ", \"serviceScoreTarget\": 4.70 }", null));
        for (String value : List.of("NaN", "-0.01", "5.01", "5.001", "4.705", "1e400", "Infinity", "05", "\"high\"")) {
            agreement(cases, "serviceScoreTarget " + value, "annual.serviceScoreTarget",
                    "{ \"salesTarget\": 1200000.00, \"serviceScoreTarget\": " + value + " }", null);
        }
        agreement(cases, "annual without serviceScoreTarget", "annual.serviceScoreTarget",
                "{ \"salesTarget\": 1200000.00 }", null);
        for (String value : List.of("NaN", "0", "-0", "-60000.00", "1e400", "60000.001", "1e13", "+1")) {
            agreement(cases, "annualFee " + value, "fee.annualFee", null,
                    "{ \"annualFee\": " + value + ", \"halfRefundSales\": 360000.00, \"fullRefundSales\": 1200000.00 }");
        }
        for (String value : List.of("NaN", "-Infinity", "0", "1200000.00", "1.2e6", "1E+7", "999999999999.99")) {
            agreement(cases, "halfRefundSales " + value, "fee.halfRefundSales", null,
                    "{ \"annualFee\": 60000.00, \"halfRefundSales\": " + value + ", \"fullRefundSales\": 1200000.00 }");
        }
        for (String value : List.of("NaN", "0", "1e400", "1200000.001")) {
            agreement(cases, "fullRefundSales " + value, "fee.fullRefundSales", null,
                    "{ \"annualFee\": 60000.00, \"halfRefundSales\": 360000.00, \"fullRefundSales\": " + value + " }");
        }
        agreement(cases, "fee without fullRefundSales", "fee.fullRefundSales", null,
                "{ \"annualFee\": 60000.00, \"halfRefundSales\": 360000.00 }");
        for (String value : List.of("NaN", "0012", "-Infinity")) {
            cases.add(new Case("a target's salesTarget " + value, 400, "targets[1].salesTarget", () -> ops("POST",
                    "/api/categories", Fixtures.categoryJson(Fixtures.unique("cat"), TODAY, Fixtures.DEFAULT_TARGETS
                            .replace("\"salesTarget\": 80000.00", "\"salesTarget\": " + value), null, null))));
        }
        for (String block : List.of("[]", "[ { \"salesTarget\": 1200000.00, \"serviceScoreTarget\": 4.70 } ]", "\"\"",
                "\"1200000.00\"", "0", "false")) {
            agreement(cases, "annual " + block, "annual", block, null);
            agreement(cases, "fee " + block, "fee", null, block);
        }
    }

    /** A case for the blocks sent with a new category, and one for them sent with a new target version. */
    static void agreement(List<Case> cases, String name, String field, String annual, String fee) {
        cases.add(new Case("new category, " + name, 400, field, () -> ops("POST", "/api/categories",
                category(annual, fee))));
        cases.add(new Case("new target version, " + name, 400, field, () -> ops("POST",
                "/api/categories/{c}/target-versions", targetVersion(annual, fee))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void answersAProblemOfTheExpectedStatusNamingTheFieldAndNeverAServerError(Case hostile) {
        RawHttp.Response response = RawHttp.send(port, hostile.request().get());

        assertThat(response.status()).as("%s: %s", hostile.name(), response.body()).isEqualTo(hostile.status());
        assertThat(MediaType.parseMediaType(response.header("Content-Type"))
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s", response).isTrue();
        JsonNode problem = assertProblemBody(response.body(), hostile.status());
        if (hostile.field() == null) {
            assertThat(problem.has("errors")).as("%s: %s names no field", hostile.name(), response.body()).isFalse();
        }
        else {
            assertThat(singleError(problem).get("field").asString()).as("%s: %s", hostile.name(), response.body())
                    .isEqualTo(hostile.field());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/stores?standing=WARNED&standing=GOOD", "/api/stores?standing=WARNED&standing=WARNED",
        "/api/dashboard/at-risk-stores?phase=FORMAL&phase=TRIAL", "/api/stores/{s}/annual-results?page=0&page=1"})
    void aParameterGivenTwiceIsRefusedForThat(String target) {
        RawHttp.Response response = RawHttp.send(port, ops("GET", target, null));

        JsonNode error = singleError(assertProblemBody(response.body(), 400));
        assertThat(error.get("message").asString()).isEqualTo("must be given once");
    }

    @Test
    void anEmptyFilterIsNoFilter() {
        String stores = body(ops("GET", "/api/stores?standing=&merchantId=" + merchant, null), 200);
        assertThat((List<Integer>) JsonPath.read(stores, "$.items[*].id")).containsExactly((int) formal);

        String atRisk = body(ops("GET", "/api/dashboard/at-risk-stores?phase=FORMAL&standing=&size=500", null), 200);
        assertThat((List<Integer>) JsonPath.read(atRisk, "$.items[*].storeId")).contains((int) formal);

        String onTrial = body(ops("GET", "/api/dashboard/at-risk-stores?phase=&size=500", null), 200);
        assertThat((List<Integer>) JsonPath.read(onTrial, "$.items[*].storeId")).doesNotContain((int) formal);
    }

    @Test
    void theStoresMerchantReadsItsFormalStoresYear() {
        String results = body(as(Tokens.merchant(merchant), "GET", "/api/stores/{s}/annual-results", null), 200);
        assertThat((List<Integer>) JsonPath.read(results, "$.items[*].year")).contains(2024, 2025);
        String standing = body(as(Tokens.merchant(merchant), "GET", "/api/stores/{s}/annual-standing", null), 200);
        assertThat((String) JsonPath.read(standing, "$.standing")).isEqualTo("WARNED");
    }

    @Test
    void agreementBlocksIgnoreFieldsTheyDoNotKnowAsTargetsDo() {
        String code = Fixtures.unique("cat");
        String targets = Fixtures.DEFAULT_TARGETS.replace("{ \"checkpoint\": 1,", "{ \"checkpoint\": 1, \"note\": 1,");

        String created = body(ops("POST", "/api/categories", Fixtures.categoryJson(code, TODAY, targets,
                "{ \"salesTarget\": 1200000.00, \"serviceScoreTarget\": 4.70, \"salesTargetCurrency\": \"USD\" }",
                "{ \"annualFee\": 60000.00, \"halfRefundSales\": 360000.00, \"fullRefundSales\": 1200000.00, "
                        + "\"extra\": { \"nested\": [ 1, { } ] } }")), 201);

        assertThat(Fixtures.json(created).at("/targetVersions/0/annual").toString())
                .isEqualTo("{\"salesTarget\":1200000.00,\"serviceScoreTarget\":4.70}");
        assertThat(Fixtures.json(created).at("/targetVersions/0/fee").toString())
                .isEqualTo("{\"annualFee\":60000.00,\"halfRefundSales\":360000.00,\"fullRefundSales\":1200000.00}");
    }

    @Test
    void sixteenConcurrentReevaluationsOfOneYearLeaveOneCurrentResultPerKindAndYear() throws Exception {
        long store = warnedFor2025(new Fixtures(http)).storeId();

        List<Integer> statuses = Concurrently.statuses(16, n -> RawHttp.send(port, RawHttp.request("POST",
                "/api/stores/" + store + "/annual-assessments/2025/reevaluations", List.of(bearer(Tokens.ops()), JSON),
                "{ \"reason\": \"appeal " + n + "\" }")).status());

        assertThat(statuses).containsOnly(200);
        assertThat(currentResults(store)).containsOnly(1).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from annual_result where store_id = ? and kind = 'ANNUAL' "
                + "and year = 2025", Integer.class, store)).as("the first result and one per re-evaluation").isEqualTo(17);
    }

    @Test
    void reevaluatingTheAssessmentAndItsReviewWhileEvaluatingAnswersOnlySuccessOrConflict() throws Exception {
        Trial store = warnedFor2025(new Fixtures(http));
        clock.setToday(LocalDate.of(2026, 4, 1));
        store.salesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "4000.00")
                .scoreOn(LocalDate.of(2026, 3, 1), "4.80");
        store.evaluate();
        String[] paths = {"/annual-assessments/2025/reevaluations", "/rectification-reviews/2025/reevaluations",
            "/evaluations"};

        List<Integer> statuses = Concurrently.statuses(24, n -> RawHttp.send(port, RawHttp.request("POST",
                "/api/stores/" + store.storeId() + paths[n % 3], List.of(bearer(Tokens.ops()), JSON),
                "{ \"reason\": \"race " + n + "\" }")).status());

        assertThat(statuses).containsAnyOf(200).isSubsetOf(200, 409);
        assertThat(currentResults(store.storeId())).containsOnly(1);
        assertThat(jdbc.queryForObject("select count(*) from annual_result where store_id = ? and kind = 'ANNUAL' "
                + "and year = 2025 and superseded_at is null and voided_at is null", Integer.class, store.storeId()))
                .isEqualTo(1);
    }

    /** The number of current results of each kind and year the store has. */
    List<Integer> currentResults(long store) {
        return jdbc.queryForList("""
                select count(*) from annual_result where store_id = ? and superseded_at is null and voided_at is null
                 group by kind, year""", Integer.class, store);
    }

    String body(String request, int status) {
        RawHttp.Response response = RawHttp.send(port, request);
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        return response.body();
    }

    static String ops(String method, String path, String body) {
        return as(Tokens.ops(), method, path, body);
    }

    static String as(String token, String method, String path, String body) {
        List<String> headers = new ArrayList<>(List.of(bearer(token)));
        if (body != null) {
            headers.add(JSON);
        }
        return RawHttp.request(method, fill(path), headers, body);
    }

    static String bearer(String token) {
        return "Authorization: Bearer " + token;
    }

    static String category(String annual, String fee) {
        return Fixtures.categoryJson(Fixtures.unique("cat"), TODAY, Fixtures.DEFAULT_TARGETS, annual, fee);
    }

    static String targetVersion(String annual, String fee) {
        return Fixtures.targetVersionJson(LocalDate.of(2030, 1, 1), Fixtures.DEFAULT_TARGETS, annual, fee);
    }

    static String fill(String path) {
        return path.replace("{s}", Long.toString(formal)).replace("{t}", Long.toString(trial))
                .replace("{c}", category == null ? "none" : category);
    }
}
