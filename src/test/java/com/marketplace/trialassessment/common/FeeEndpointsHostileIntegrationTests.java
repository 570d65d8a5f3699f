package com.marketplace.trialassessment.common;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertNoInternals;
import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.RawHttp;
import com.marketplace.trialassessment.support.TestClockConfiguration;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The annual-fee endpoints as a hostile client calls them, byte for byte over a socket: a store's
 * statements ({@code GET /api/stores/{id}/fee-statements}, paged), a year's statements for finance
 * ({@code GET /api/fee-statements?year=} as CSV), the fee preview of the annual standing and the
 * statements an evaluation issues. Years, ids and paging in every spelling, {@code Accept} headers
 * of every shape, tokens of every role, methods the paths do not have, {@code HEAD}, path tricks.
 * Every refusal is a 4xx problem of the stated status, never a 5xx; another merchant's store answers
 * exactly what a store that does not exist answers and nothing of its statements; a valid request
 * answers 200.
 */
@IntegrationTest
class FeeEndpointsHostileIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final String CSV = "Accept: text/csv";
    static final String EXPORT = "/api/fee-statements?year=2025";
    static final String OWN = "/api/stores/{s}/fee-statements";
    static final String STANDING = "/api/stores/{s}/annual-standing";
    /** The field of a case whose problem may or may not name one: only its status and shape are checked. */
    static final String ANY_FIELD = "*";

    /** A formal store with fee statements ({@code {s}}) and its merchant; another merchant's ({@code {r}}); a store on trial ({@code {t}}). */
    static long formal;
    static String merchant;
    static long rival;
    static String rivalMerchant;
    static String rivalEvaluation;
    static long trial;

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    record Case(String name, int status, String field, Supplier<String> request) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void world() {
        clock.setToday(TODAY);
        if (trial != 0) {
            return;
        }
        Fixtures data = new Fixtures(http);
        Trial store = FormalEndpointsHostileIntegrationTests.warnedFor2025(data);
        formal = store.storeId();
        merchant = store.merchantId();
        Trial other = data.launchWithTerms(FormalEndpointsHostileIntegrationTests.LAUNCH, Fixtures.DEFAULT_ANNUAL,
                Fixtures.DEFAULT_FEE).passingTrial()
                .salesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "3000.00")
                .scoreOn(LocalDate.of(2025, 12, 20), "4.85");
        rivalEvaluation = other.evaluate();
        rival = other.storeId();
        rivalMerchant = other.merchantId();
        trial = data.launch(LocalDate.of(2025, 12, 1)).storeId();
    }

    @AfterEach
    void resetClock() {
        clock.setToday(TestClockConfiguration.DEFAULT_TODAY);
    }

    static Stream<Case> hostileRequests() {
        List<Case> cases = new ArrayList<>();
        years(cases);
        accepts(cases);
        paging(cases);
        storeIds(cases);
        roles(cases);
        methods(cases);
        paths(cases);
        return cases.stream();
    }

    /** {@code ?year=} of the export: one plain decimal spelling, once, from 2000 to 9999. */
    static void years(List<Case> cases) {
        for (String year : List.of("0x7EA", "0X7EA", "%230x7EA", "%2B2026", "+2026", "02026", "002026", "2026.0",
                "2026e0", "2.026e3", "%202026", "2026%20", "%092026", "2026%0A", "%C2%A02026", "%00", "2026%00",
                "%002026", "abc", "twenty", "2026abc", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96",
                "%D9%A2%D9%A0%D9%A2%D9%A6", "2147483648", "-2147483649", "9223372036854775808",
                "2".repeat(5000), "", "2026&year=2027", "2026&year=2026", "2026&year=", "&year=2026", "2026,2027",
                "%5B2026%5D", "2026;2027", "null", "true")) {
            cases.add(new Case("export year=" + abbreviated(year), 400, "year",
                    () -> ops("GET", "/api/fee-statements?year=" + year, CSV)));
        }
        for (String year : List.of("-1", "0", "1", "1999", "10000", "20261", "2147483647", "-2147483648")) {
            cases.add(new Case("export year=" + year + " (out of range)", 400, "year",
                    () -> ops("GET", "/api/fee-statements?year=" + year, CSV)));
        }
        for (String query : List.of("", "?", "?YEAR=2025", "?Year=2025", "?year", "?years=2025", "?y=2025",
                "?year%3D2025", "?%79ear=2025x")) {
            cases.add(new Case("export without a year: [" + query + "]", 400, ANY_FIELD,
                    () -> ops("GET", "/api/fee-statements" + query, CSV)));
        }
        for (String query : List.of("?year=%FF", "?year=%", "?year=%zz", "?year=%E2%82", "?%FF=1&year=2025",
                "?year=2025&%=1")) {
            cases.add(new Case("export with a query Tomcat cannot decode: " + query, 400, null,
                    () -> ops("GET", "/api/fee-statements" + query, CSV)));
        }
        // characters Tomcat does not take in a request target unencoded: refused before the application
        for (String year : List.of("[2026]", "{2026}", "2026|2027", "2026\"", "2026<", "2026 2027")) {
            cases.add(new Case("export year=" + year + " (unencoded)", 400, null,
                    () -> ops("GET", "/api/fee-statements?year=" + year, CSV)));
        }
        // longer than Tomcat reads a request line: refused before the application
        cases.add(new Case("export year of 10,000 digits", 400, null,
                () -> ops("GET", "/api/fee-statements?year=" + "2".repeat(10_000), CSV)));
        cases.add(new Case("export year given 1,000 times", 400, null,
                () -> ops("GET", "/api/fee-statements?year=2025" + "&year=2025".repeat(1000), CSV)));
    }

    /**
     * The export writes {@code text/csv} alone, the store's list JSON alone. An {@code Accept} that does not
     * parse is a malformed request ({@code 400}); one that parses but accepts nothing the endpoint writes
     * (a {@code q=0} says "not this") is {@code 406}. The problem is JSON whatever was asked for.
     */
    static void accepts(List<Case> cases) {
        for (String accept : List.of("application/json", "application/problem+json", "text/plain", "text/html",
                "application/xml", "application/vnd.ms-excel", "image/*", "text/csv;q=0", "text/csv; q=0",
                "text/csv;q=0.0", "text/csv;q=0.000", "*/*;q=0", "text/*;q=0", "text/csv;q=0, application/json",
                "application/json, text/csv;q=0")) {
            cases.add(new Case("export Accept: " + accept, 406, null,
                    () -> ops("GET", EXPORT, "Accept: " + accept)));
        }
        for (String accept : List.of("text/csv", "application/json;q=0", "*/*;q=0")) {
            cases.add(new Case("export Accept: " + accept + " with year=abc", accept.equals("text/csv") ? 400 : 406,
                    accept.equals("text/csv") ? "year" : null,
                    () -> ops("GET", "/api/fee-statements?year=abc", "Accept: " + accept)));
        }
        for (String accept : List.of("garbage", "text", "text/", "/csv", "text/csv;q=abc", "text/csv;q=1.5",
                "text/csv;q=-1", "text/csv;q=", "text/csv;=1", "text/csv;charset=\"unclosed", "text//csv",
                "text/csv/x", "\"text/csv\"")) {
            cases.add(new Case("export Accept: " + accept, 400, null, () -> ops("GET", EXPORT, "Accept: " + accept)));
            cases.add(new Case("store list Accept: " + accept, 400, null, () -> ops("GET", OWN, "Accept: " + accept)));
        }
        for (String accept : List.of("text/csv", "application/json;q=0", "*/*;q=0", "application/*;q=0",
                "application/json;q=0.000, text/csv")) {
            cases.add(new Case("store list Accept: " + accept, 406, null, () -> ops("GET", OWN, "Accept: " + accept)));
            cases.add(new Case("annual standing Accept: " + accept, 406, null,
                    () -> ops("GET", STANDING, "Accept: " + accept)));
        }
        cases.add(new Case("export Accept with a control character", 400, null,
                () -> ops("GET", EXPORT, "Accept: text/csv\u0001")));
        cases.add(new Case("export Accept over 8 KB", 400, null,
                () -> ops("GET", EXPORT, "Accept: text/csv" + ", a/b".repeat(2000))));
        for (String type : List.of("*/*", "text/*", "application/*")) {
            cases.add(new Case("export Content-Type " + type, 415, null,
                    () -> ops("GET", EXPORT, CSV, "Content-Type: " + type)));
        }
    }

    /** {@code page} and {@code size} of a store's statements: page from 0, size 1..500, one plain spelling, once. */
    static void paging(List<Case> cases) {
        Map<String, String> queries = Map.ofEntries(Map.entry("page=-1", "page"), Map.entry("size=0", "size"),
                Map.entry("size=501", "size"), Map.entry("size=-1", "size"), Map.entry("page=2147483648", "page"),
                Map.entry("page=2147483647", "page"), Map.entry("page=4294968&size=500", "page"),
                Map.entry("page=1e3", "page"), Map.entry("size=abc", "size"), Map.entry("page=0x1", "page"),
                Map.entry("size=%2B5", "size"), Map.entry("size=+5", "size"), Map.entry("size=%205", "size"),
                Map.entry("size=5%20", "size"), Map.entry("page=00", "page"), Map.entry("page=1.0", "page"),
                Map.entry("page=1&page=2", "page"), Map.entry("page=0&page=0", "page"),
                Map.entry("size=5&size=", "size"), Map.entry("size=9223372036854775808", "size"),
                Map.entry("page=%EF%BC%91", "page"), Map.entry("page=%00", "page"), Map.entry("size=10%00", "size"),
                Map.entry("size=" + "9".repeat(3000), "size"));
        queries.forEach((query, field) -> cases.add(new Case("store list ?" + abbreviated(query), 400, field,
                () -> ops("GET", OWN + "?" + query))));
        for (String query : List.of("page=%FF", "page=%", "page=%zz", "size=%E2%82", "%FF=1")) {
            cases.add(new Case("store list ?" + query, 400, null, () -> ops("GET", OWN + "?" + query)));
        }
        cases.add(new Case("the store's merchant, store list ?size=501", 400, "size",
                () -> as(Tokens.merchant(merchant), "GET", OWN + "?size=501")));
    }

    /** The {@code {id}} of the fee paths: operations staff are told what is wrong, a store that does not exist is 404. */
    static void storeIds(List<Case> cases) {
        for (String path : List.of("/fee-statements", "/annual-standing", "/evaluations")) {
            String method = path.equals("/evaluations") ? "POST" : "GET";
            for (String id : List.of("0x1", "%2B1", "+1", "01", "1.0", "1e0", "%201", "1%20", "%091", "%C2%A01",
                    "%EF%BC%91", "%D9%A1", "9223372036854775808", "abc")) {
                cases.add(new Case(method + " store " + id + path, 400, "id",
                        () -> ops(method, "/api/stores/" + id + path)));
            }
            // a NUL or a line break in the path is refused before any id is read (Tomcat, the firewall)
            for (String id : List.of("%00", "1%00", "1%0A", "%0D1")) {
                cases.add(new Case(method + " store " + id + path, 400, null,
                        () -> ops(method, "/api/stores/" + id + path)));
            }
            for (String id : List.of(Long.toString(Long.MAX_VALUE), "0", "-1")) {
                cases.add(new Case(method + " store " + id + path + " (none such)", 404, null,
                        () -> ops(method, "/api/stores/" + id + path)));
            }
        }
        cases.add(new Case("annual standing of a store on trial", 409, null,
                () -> ops("GET", "/api/stores/{t}/annual-standing")));
    }

    /**
     * Operations staff and the store's own merchant read a store's statements and standing; the export is
     * for operations staff; evaluations too. Another merchant gets the 404 of a missing store.
     */
    static void roles(List<Case> cases) {
        for (String read : List.of(OWN, OWN + "?page=0&size=1", STANDING)) {
            cases.add(new Case("another merchant: GET " + read, 404, null,
                    () -> as(Tokens.merchant(rivalMerchant), "GET", read)));
            cases.add(new Case("the merchant, upper-cased: GET " + read, 404, null,
                    () -> as(Tokens.merchant(merchant.toUpperCase()), "GET", read)));
            cases.add(new Case("the merchant with a trailing space: GET " + read, 404, null,
                    () -> as(Tokens.merchant(merchant + " "), "GET", read)));
            cases.add(new Case("a merchant without merchant_id: GET " + read, 404, null,
                    () -> as(Tokens.token("m-none", List.of("MERCHANT"), null, Tokens.SECRET, inAnHour()), "GET",
                            read)));
            cases.add(new Case("a merchant with an empty merchant_id: GET " + read, 404, null,
                    () -> as(Tokens.merchant(""), "GET", read)));
            cases.add(new Case("FEED: GET " + read, 403, null, () -> as(Tokens.feed(), "GET", read)));
            cases.add(new Case("lower-case role ops: GET " + read, 403, null,
                    () -> as(Tokens.token("ops-lower", List.of("ops"), null, Tokens.SECRET, inAnHour()), "GET",
                            read)));
            tokens(cases, "GET " + read, () -> "GET", read, null);
        }
        for (String token : List.of("merchant", "rival", "feed", "no roles", "role ROLE_OPS")) {
            cases.add(new Case(token + ": the export", 403, null, () -> as(role(token), "GET", EXPORT, CSV)));
            cases.add(new Case(token + ": POST evaluations", 403, null,
                    () -> as(role(token), "POST", "/api/stores/{s}/evaluations")));
        }
        tokens(cases, "the export", () -> "GET", EXPORT, CSV);
        tokens(cases, "POST evaluations", () -> "POST", "/api/stores/{s}/evaluations", null);
        cases.add(new Case("the token as access_token parameter", 401, null, () -> RawHttp.request("GET",
                fill(EXPORT) + "&access_token=" + Tokens.ops(), List.of(CSV), null)));
    }

    /** No token, or one that does not verify: 401, whatever the request would have been. */
    static void tokens(List<Case> cases, String name, Supplier<String> method, String path, String header) {
        Map<String, Supplier<String>> bad = Map.of(
                "expired", () -> bearer(Tokens.expired()),
                "bad signature", () -> bearer(Tokens.badSignature()),
                "unsigned", () -> bearer(Tokens.unsigned()),
                "malformed", () -> "Authorization: Bearer not.a.token",
                "empty bearer", () -> "Authorization: Bearer ",
                "basic", () -> "Authorization: Basic b3BzOm9wcw==",
                "roles not a list", () -> bearer(Tokens.withClaims(Map.of("roles", "OPS", "iss", Tokens.ISSUER,
                        "aud", List.of(Tokens.AUDIENCE)))),
                "merchant_id a number", () -> bearer(Tokens.withClaims(Map.of("roles", List.of("MERCHANT"),
                        "merchant_id", 7, "iss", Tokens.ISSUER, "aud", List.of(Tokens.AUDIENCE)))),
                "another audience", () -> bearer(Tokens.encode(Tokens.claims("ops-alice", List.of("OPS"), null,
                        inAnHour()).audience(List.of("another-service")), Tokens.SECRET)));
        cases.add(new Case("no token: " + name, 401, null, () -> RawHttp.request(method.get(), fill(path),
                header == null ? List.of() : List.of(header), null)));
        bad.forEach((kind, authorization) -> cases.add(new Case(kind + " token: " + name, 401, null, () -> {
            List<String> headers = new ArrayList<>(List.of(authorization.get()));
            if (header != null) {
                headers.add(header);
            }
            return RawHttp.request(method.get(), fill(path), headers, null);
        })));
    }

    /** Methods the fee paths do not have: 405 for operations staff, 403 for the others (roles are checked first). */
    static void methods(List<Case> cases) {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            cases.add(new Case(method + " the export", 405, null, () -> ops(method, EXPORT, CSV)));
            cases.add(new Case(method + " a store's statements", 405, null, () -> ops(method, OWN)));
            cases.add(new Case(method + " the annual standing", 405, null, () -> ops(method, STANDING)));
            cases.add(new Case("the store's merchant: " + method + " its statements", 403, null,
                    () -> as(Tokens.merchant(merchant), method, OWN)));
            cases.add(new Case("another merchant: " + method + " the statements", 403, null,
                    () -> as(Tokens.merchant(rivalMerchant), method, OWN)));
            cases.add(new Case("a merchant: " + method + " the export", 403, null,
                    () -> as(Tokens.merchant(merchant), method, EXPORT, CSV)));
            cases.add(new Case("FEED: " + method + " the export", 403, null, () -> as(Tokens.feed(), method, EXPORT, CSV)));
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            cases.add(new Case(method + " evaluations", 405, null,
                    () -> ops(method, "/api/stores/{s}/evaluations")));
        }
        cases.add(new Case("TRACE the export", 405, null, () -> ops("TRACE", EXPORT)));
        cases.add(new Case("TRACE a store's statements", 405, null, () -> ops("TRACE", OWN)));
        for (String method : List.of("FOO", "PROPFIND", "CONNECT", "get")) {
            cases.add(new Case(method + " the export", 400, null, () -> ops(method, EXPORT, CSV)));
            cases.add(new Case(method + " a store's statements", 400, null, () -> ops(method, OWN)));
        }
        cases.add(new Case("POST the export with an Idempotency-Key", 405, null,
                () -> ops("POST", EXPORT, CSV, "Idempotency-Key: fee-export-1")));
        cases.add(new Case("POST the export with a body", 405, null, () -> RawHttp.request("POST", fill(EXPORT),
                List.of(bearer(Tokens.ops()), CSV, "Content-Type: application/json"), "{ \"year\": 2025 }")));
    }

    /** Paths that are almost the fee paths: never the statements, never a 5xx. */
    static void paths(List<Case> cases) {
        for (String path : List.of("/api/fee-statements/?year=2025", "/api/fee-statements.csv?year=2025",
                "/api/fee-statements/2025", "/api/fee-statements/2025.csv", "/api/Fee-Statements?year=2025",
                "/api/fee-statement?year=2025")) {
            cases.add(new Case("OPS GET " + path, 404, null, () -> ops("GET", path, CSV)));
        }
        for (String path : List.of("/api//fee-statements?year=2025", "/api/./fee-statements?year=2025",
                "/api/x/../fee-statements?year=2025", "/api/fee-statements;year=2025",
                "/api/fee-statements;jsessionid=1?year=2025", "/api/fee-statements%2F?year=2025",
                "/api/fee-statements%5C?year=2025", "/api/fee-statements%00?year=2025",
                "/api/fee-statements%2e?year=2025", "/api/fee-statements%25?year=2025",
                "/api/fee-statements\\?year=2025", "/api/fee-statements?year=2025#fragment",
                "/api/stores/{s}/fee-statements/..", "/api/stores/{s}/fee-statements/%2e%2e",
                "/api/stores/{s}/./fee-statements", "/api/stores/{s}//fee-statements",
                "/api/stores/{s};x/fee-statements", "/api/stores/{r}/../{s}/fee-statements")) {
            cases.add(new Case("OPS GET " + path, 400, null, () -> ops("GET", path, CSV)));
            cases.add(new Case("the merchant GET " + path, 400, null,
                    () -> as(Tokens.merchant(merchant), "GET", path, CSV)));
        }
        for (String path : List.of("/api/stores/{s}/fee-statements/", "/api/stores/{s}/fee-statements/1",
                "/api/stores/{s}/Fee-Statements", "/api/stores/{s}/fee-statements.json")) {
            cases.add(new Case("the merchant GET " + path, 403, null,
                    () -> as(Tokens.merchant(merchant), "GET", path)));
            cases.add(new Case("OPS GET " + path, 404, null, () -> ops("GET", path)));
        }
        // "fee-statements" where the store id belongs: no id to operations staff, no store to a merchant
        cases.add(new Case("OPS GET /api/stores/fee-statements", 400, "id",
                () -> ops("GET", "/api/stores/fee-statements?year=2025", CSV)));
        cases.add(new Case("the merchant GET /api/stores/fee-statements", 404, null,
                () -> as(Tokens.merchant(merchant), "GET", "/api/stores/fee-statements?year=2025", CSV)));
        // the same resource spelled with an encoded unreserved character: another merchant still sees nothing
        cases.add(new Case("another merchant GET /api/stores/{s}/fee%2Dstatements", 404, null,
                () -> as(Tokens.merchant(rivalMerchant), "GET", "/api/stores/{s}/fee%2Dstatements")));
        cases.add(new Case("another merchant GET /api/stores/%7Bs%7D/fee-statements", 404, null,
                () -> as(Tokens.merchant(rivalMerchant), "GET", "/api/stores/%7Bs%7D/fee-statements")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void answersAProblemOfTheExpectedStatusAndNeverAServerError(Case hostile) {
        RawHttp.Response response = RawHttp.send(port, hostile.request().get());

        assertThat(response.status()).as("%s: %s", hostile.name(), response).isEqualTo(hostile.status());
        assertThat(MediaType.parseMediaType(response.header("Content-Type"))
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s", response).isTrue();
        JsonNode problem = assertProblemBody(response.body(), hostile.status());
        assertThat(response.body()).as("%s leaks another merchant's store", hostile.name())
                .doesNotContain(rivalMerchant).doesNotContain("\"storeId\"");
        if (hostile.field() == null) {
            assertThat(problem.has("errors")).as("%s: %s names no field", hostile.name(), response.body()).isFalse();
        }
        else if (!hostile.field().equals(ANY_FIELD)) {
            assertThat(singleError(problem).get("field").asString()).as("%s: %s", hostile.name(), response.body())
                    .isEqualTo(hostile.field());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/fee-statements?year=2025&year=2026", "/api/fee-statements?year=2025&year=2025",
        "/api/stores/{s}/fee-statements?page=0&page=1", "/api/stores/{s}/fee-statements?size=1&size=1"})
    void aParameterGivenTwiceIsRefusedForThat(String target) {
        RawHttp.Response response = RawHttp.send(port, ops("GET", target, "Accept: text/csv, application/json"));

        JsonNode error = singleError(assertProblemBody(response.body(), 400));
        assertThat(error.get("message").asString()).isEqualTo("must be given once");
    }

    /** Accept headers that let the export answer: all of them say CSV is acceptable, the CSV comes back. */
    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"", "*/*", "text/*", "text/csv", "TEXT/CSV", "text/csv;charset=UTF-8",
        "text/csv; header=present", "text/csv;q=0.001", "text/csv, application/json;q=0.5",
        "application/json;q=0.9, text/csv;q=0.1", "application/json, */*;q=0.1", "*/*;q=0.5, application/json;q=0",
        ",", " text/csv "})
    void theExportAnswersCsvToEveryAcceptThatAllowsIt(String accept) {
        RawHttp.Response response = RawHttp.send(port, ops("GET", EXPORT, accept.isEmpty() ? null : "Accept: " + accept));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0]).startsWith("id,store_id,year,");
        assertThat(lines).as("the statements of 2025 of both stores")
                .anyMatch(line -> line.split(",")[1].equals(Long.toString(formal)))
                .anyMatch(line -> line.split(",")[1].equals(Long.toString(rival)));
        assertThat(Arrays.stream(lines).skip(1)).allMatch(line -> line.split(",")[2].equals("2025"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"", "*/*", "application/json", "application/*", "application/json;q=0.001",
        "text/csv;q=0.5, application/json", "application/json, text/csv;q=0"})
    void theStoresStatementsAnswerJsonToEveryAcceptThatAllowsIt(String accept) {
        RawHttp.Response response = RawHttp.send(port, as(Tokens.merchant(merchant), "GET", OWN,
                accept.isEmpty() ? null : "Accept: " + accept));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.header("Content-Type")).isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat((List<Integer>) JsonPath.read(response.body(), "$.items[*].storeId")).isNotEmpty()
                .containsOnly((int) formal);
    }

    /** Paging at its edges is no error: an empty page past the end, the largest page, an empty value as none. */
    @ParameterizedTest(name = "?{0}")
    @ValueSource(strings = {"page=0&size=1", "page=1&size=1", "page=0&size=500", "page=4294967&size=500",
        "page=2147483647&size=1", "page=", "size=", "page=&size=", "unknown=1", "page=0&unknown=%00"})
    void pagingAtItsEdgesAnswersAPage(String query) {
        RawHttp.Response response = RawHttp.send(port, as(Tokens.merchant(merchant), "GET", OWN + "?" + query));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat((List<Integer>) JsonPath.read(response.body(), "$.items[*].storeId")).isSubsetOf((int) formal);
        assertThat((Integer) JsonPath.read(response.body(), "$.total")).isPositive();
    }

    /**
     * {@code HEAD} is {@code GET} without the body: the same status, the same type, no content. Roles
     * are checked for it as for {@code GET}, so the store's own merchant may ask, and another merchant
     * learns as little as from a {@code GET}.
     */
    static Stream<Case> headRequests() {
        return Stream.of(
                new Case("OPS: the export", 200, "text/csv", () -> ops("HEAD", EXPORT, CSV)),
                new Case("OPS: the export, year=abc", 400, "application/problem+json",
                        () -> ops("HEAD", "/api/fee-statements?year=abc", CSV)),
                new Case("OPS: the export, Accept: application/json", 406, "application/problem+json",
                        () -> ops("HEAD", EXPORT, "Accept: application/json")),
                new Case("a merchant: the export", 403, "application/problem+json",
                        () -> as(Tokens.merchant(merchant), "HEAD", EXPORT, CSV)),
                new Case("no token: the export", 401, "application/problem+json",
                        () -> RawHttp.request("HEAD", fill(EXPORT), List.of(CSV), null)),
                new Case("OPS: a store's statements", 200, "application/json", () -> ops("HEAD", OWN)),
                new Case("the store's merchant: its statements", 200, "application/json",
                        () -> as(Tokens.merchant(merchant), "HEAD", OWN)),
                new Case("the store's merchant: its annual standing", 200, "application/json",
                        () -> as(Tokens.merchant(merchant), "HEAD", STANDING)),
                new Case("the store's merchant: its statements, size=0", 400, "application/problem+json",
                        () -> as(Tokens.merchant(merchant), "HEAD", OWN + "?size=0")),
                new Case("another merchant: the statements", 404, "application/problem+json",
                        () -> as(Tokens.merchant(rivalMerchant), "HEAD", OWN)),
                new Case("another merchant: the annual standing", 404, "application/problem+json",
                        () -> as(Tokens.merchant(rivalMerchant), "HEAD", STANDING)),
                new Case("the merchant: its statements as 01", 404, "application/problem+json",
                        () -> as(Tokens.merchant(merchant), "HEAD",
                                "/api/stores/0" + formal + "/fee-statements")),
                new Case("FEED: the statements", 403, "application/problem+json",
                        () -> as(Tokens.feed(), "HEAD", OWN)),
                new Case("expired token: the statements", 401, "application/problem+json",
                        () -> as(Tokens.expired(), "HEAD", OWN)),
                new Case("OPS: evaluations", 405, "application/problem+json",
                        () -> ops("HEAD", "/api/stores/{s}/evaluations")),
                // the other reads granted by role and method, as the fee paths are
                new Case("the store's merchant: its store", 200, "application/json",
                        () -> as(Tokens.merchant(merchant), "HEAD", "/api/stores/{s}")),
                new Case("another merchant: the store's violations", 404, "application/problem+json",
                        () -> as(Tokens.merchant(rivalMerchant), "HEAD", "/api/stores/{s}/violations")),
                new Case("FEED: the store's daily sales", 200, "application/json",
                        () -> as(Tokens.feed(), "HEAD", "/api/stores/{s}/daily-sales")),
                new Case("FEED: the store's annual results", 403, "application/problem+json",
                        () -> as(Tokens.feed(), "HEAD", "/api/stores/{s}/annual-results")));
    }

    @ParameterizedTest(name = "HEAD {0}")
    @MethodSource("headRequests")
    void headAnswersAsGetWithoutABody(Case head) {
        RawHttp.Response response = RawHttp.send(port, head.request().get());

        assertThat(response.status()).as("%s: %s", head.name(), response).isEqualTo(head.status());
        assertThat(MediaType.parseMediaType(response.header("Content-Type"))
                .isCompatibleWith(MediaType.parseMediaType(head.field()))).as("%s", response).isTrue();
        assertThat(response.body()).isEmpty();
    }

    /** Each of another merchant's fee paths, in every spelling, answers exactly what a store that does not exist answers. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/stores/%s/fee-statements", "/api/stores/%s/fee-statements?page=0&size=500",
        "/api/stores/%s/fee-statements?page=-1", "/api/stores/%s/fee-statements?size=abc",
        "/api/stores/%s/fee%%2Dstatements", "/api/stores/%s/annual-standing", "/api/stores/0%s/fee-statements",
        "/api/stores/%%20%s/fee-statements", "/api/stores/%s%%09/annual-standing"})
    void anotherMerchantsFeesLookLikeAStoreThatDoesNotExist(String template) {
        RawHttp.Response response = RawHttp.send(port, as(Tokens.merchant(merchant), "GET",
                template.formatted(rival)));
        RawHttp.Response missing = RawHttp.send(port, as(Tokens.merchant(merchant), "GET",
                template.formatted(Long.MAX_VALUE)));

        assertThat(response.status()).as("%s", response).isEqualTo(404);
        assertThat(response.body()).doesNotContain(rivalMerchant).doesNotContain("storeId").doesNotContain("total")
                .doesNotContain("feePreview");
        assertThat(withoutIdAndInstance(response.body())).isEqualTo(withoutIdAndInstance(missing.body()));
    }

    @Test
    void theStoresMerchantReadsItsStatementsAndItsFeePreviewAndNothingElse() {
        String statements = body(as(Tokens.merchant(merchant), "GET", OWN + "?size=500"), 200);
        assertThat((List<Integer>) JsonPath.read(statements, "$.items[*].storeId")).isNotEmpty()
                .containsOnly((int) formal);
        assertThat((List<Integer>) JsonPath.read(statements, "$.items[*].year")).contains(2025);
        assertThat(statements).doesNotContain(rivalMerchant);

        String standing = body(as(Tokens.merchant(merchant), "GET", STANDING), 200);
        assertThat((Integer) JsonPath.read(standing, "$.storeId")).isEqualTo((int) formal);
        assertThat((Object) JsonPath.read(standing, "$.feePreview")).isNotNull();
        assertThat((String) JsonPath.read(standing, "$.feePreview.tier")).isNotBlank();
        assertThat(standing).doesNotContain(rivalMerchant);
    }

    @Test
    void anEvaluationAnswersOnlyTheStatementsOfTheStoreItEvaluated() {
        assertThat((List<Integer>) JsonPath.read(rivalEvaluation, "$.feeStatements[*].storeId")).isNotEmpty()
                .containsOnly((int) rival);

        String again = body(ops("POST", "/api/stores/{s}/evaluations"), 200);
        assertThat((List<Object>) JsonPath.read(again, "$.feeStatements")).as("nothing new to issue").isEmpty();
        assertNoInternals(again);
    }

    @Test
    void theExportAndTheStoresStatementsAgree() {
        String csv = body(ops("GET", EXPORT, CSV), 200);
        String statements = body(ops("GET", OWN + "?size=500"), 200);

        List<Integer> ids = JsonPath.read(statements, "$.items[?(@.year == 2025)].id");
        assertThat(ids).isNotEmpty();
        for (int id : ids) {
            assertThat(csv.lines()).anyMatch(line -> line.startsWith(id + "," + formal + ",2025,"));
        }
    }

    String body(String request, int status) {
        RawHttp.Response response = RawHttp.send(port, request);
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        return response.body();
    }

    static JsonNode withoutIdAndInstance(String body) {
        ObjectNode problem = (ObjectNode) assertProblemBody(body, 404);
        problem.remove("instance");
        problem.put("detail", problem.get("detail").asString().replaceFirst("^Store .* does not exist$",
                "Store ID does not exist"));
        return problem;
    }

    static String role(String name) {
        return switch (name) {
            case "merchant" -> Tokens.merchant(merchant);
            case "rival" -> Tokens.merchant(rivalMerchant);
            case "feed" -> Tokens.feed();
            case "no roles" -> Tokens.token("nobody", List.of(), null, Tokens.SECRET, inAnHour());
            case "role ROLE_OPS" -> Tokens.token("prefixed", List.of("ROLE_OPS"), null, Tokens.SECRET, inAnHour());
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Instant inAnHour() {
        return Instant.now().plus(1, ChronoUnit.HOURS);
    }

    static String ops(String method, String path, String... headers) {
        return as(Tokens.ops(), method, path, headers);
    }

    static String as(String token, String method, String path, String... headers) {
        List<String> all = new ArrayList<>(List.of(bearer(token)));
        for (String header : headers) {
            if (header != null) {
                all.add(header);
            }
        }
        return RawHttp.request(method, fill(path), all, null);
    }

    static String bearer(String token) {
        return "Authorization: Bearer " + token;
    }

    static String fill(String path) {
        return path.replace("{s}", Long.toString(formal)).replace("{r}", Long.toString(rival))
                .replace("{t}", Long.toString(trial));
    }

    static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " characters)" : text;
    }
}
