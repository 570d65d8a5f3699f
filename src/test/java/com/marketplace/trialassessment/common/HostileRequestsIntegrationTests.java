package com.marketplace.trialassessment.common;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.RawHttp;
import com.marketplace.trialassessment.support.Tokens;

/**
 * What an attacker or a broken client sends, byte for byte over a plain socket: malformed
 * percent-encodings, wildcard content types, odd paths, methods and headers, tokens of odd shapes.
 * Every one is answered with a 4xx RFC 9457 problem ({@code application/problem+json}) of the
 * expected status, whichever part of the stack refuses it (Tomcat, the request firewall, the token
 * check, Spring MVC), and never with a 5xx, an HTML page or an empty body.
 */
@IntegrationTest
class HostileRequestsIntegrationTests {

    static final String OPS = "Authorization: Bearer " + Tokens.ops();

    /** The operations that read query parameters ({@code {s}}: a store). */
    static final List<String> WITH_QUERY_PARAMETERS = List.of("/api/categories", "/api/stores",
            "/api/stores/{s}/status-history", "/api/stores/{s}/verdicts", "/api/stores/{s}/daily-sales",
            "/api/stores/{s}/service-scores", "/api/stores/{s}/violations", "/api/evaluation-runs",
            "/api/dashboard/at-risk-stores");

    /** Query strings Tomcat cannot decode: bad or cut-off percent-encodings, bytes that are not UTF-8. */
    static final List<String> MALFORMED_QUERIES = List.of("page=%FF", "page=%", "page=%zz", "page=%E2%82",
            "%FF=1", "size=10&page=%C0%AF", "page=%u0031");

    /** Every operation that reads a body ({@code {c}}: a category, {@code {v}}: a violation). */
    static final List<String> WITH_BODY = List.of("POST /api/categories", "POST /api/categories/{c}/target-versions",
            "POST /api/stores", "PUT /api/stores/{s}/daily-sales", "PUT /api/stores/{s}/service-scores",
            "POST /api/stores/{s}/violations", "POST /api/stores/{s}/violations/{v}/revocation",
            "POST /api/stores/{s}/checkpoints/1/reevaluations", "POST /api/bulk/daily-sales",
            "POST /api/bulk/service-scores");

    static final List<String> WILDCARD_TYPES = List.of("*/*", "application/*", "*/*; charset=utf-8", "text/*");

    record Case(String name, int status, Supplier<String> request) {

        @Override
        public String toString() {
            return name;
        }
    }

    static String category;
    static long store;
    static long violation;

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void world() {
        if (category != null) {
            return;
        }
        Fixtures data = new Fixtures(http);
        category = data.createCategory();
        store = data.createStore(category, Fixtures.unique("m"), LocalDate.of(2026, 3, 1)).get("id").asLong();
        String body = http.post().uri("/api/stores/{id}/violations", store).contentType(MediaType.APPLICATION_JSON)
                .body("{ \"occurredOn\": \"2026-03-05\", \"type\": \"LATE_SHIPMENT\", \"severity\": \"GENERAL\", \"points\": 1 }")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        violation = Fixtures.json(body).get("id").asLong();
    }

    static Stream<Case> hostileRequests() {
        List<Case> cases = new ArrayList<>();
        // malformed encodings in the query string, on every operation that reads one
        for (String path : WITH_QUERY_PARAMETERS) {
            for (String query : MALFORMED_QUERIES) {
                cases.add(new Case("GET " + path + "?" + query, 400, () -> get(fill(path) + "?" + query, OPS)));
            }
        }
        // wildcard content types, on every operation that reads a body
        for (String operation : WITH_BODY) {
            for (String type : WILDCARD_TYPES) {
                String[] parts = operation.split(" ");
                cases.add(new Case(operation + " as " + type, 415, () -> RawHttp.request(parts[0], fill(parts[1]),
                        List.of(OPS, "Content-Type: " + type), "[]")));
            }
        }
        // paths Tomcat or the request firewall refuses
        for (String path : List.of("/api/stores/%2F", "/api/stores/%2f1", "/api/stores/%00", "/api/stores/%FF",
                "/api/stores/%C0%AF", "/api/stores/%ED%A0%80", "/api/stores/%5C", "/api/stores\\1", "/api/stores/%",
                "/api/stores/%u0031", "/api/stores/{s};x=1", "/api/stores;jsessionid=1", "/api/%2e%2e/api/stores",
                "/api/stores/%2e", "/api/./stores", "/api//stores", "/api/stores/%25", "/api/stores/%0d%0a",
                "/api/stores/%0A{s}", "/api/stores/{s}/../{s}", "/api/stores/\u00ff", "/api/stores/\u00c3\u00a9",
                "/dashboard/%2e%2e/application.yml", "/api/stores/" + "1".repeat(9000))) {
            cases.add(new Case("GET " + path, 400, () -> get(fill(path), OPS)));
        }
        cases.add(new Case("a space in the request target", 400, () -> "GET /api/ stores HTTP/1.1\r\nHost: localhost\r\n"
                + OPS + "\r\nConnection: close\r\n\r\n"));
        // the error page, asked for directly, is no page at all
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            cases.add(new Case(method + " /error", 404, () -> RawHttp.request(method, "/error", List.of(OPS), null)));
        }
        cases.add(new Case("GET /error without a token", 404, () -> get("/error", null)));
        // methods
        cases.add(new Case("unknown method", 400, () -> RawHttp.request("FOO", "/api/stores", List.of(OPS), null)));
        cases.add(new Case("lower-case method", 400, () -> RawHttp.request("get", "/api/stores", List.of(OPS), null)));
        cases.add(new Case("method with a bad character", 400, () -> RawHttp.request("G(T", "/api/stores", List.of(OPS), null)));
        cases.add(new Case("TRACE", 405, () -> RawHttp.request("TRACE", "/api/stores", List.of(OPS), null)));
        // headers Tomcat refuses
        cases.add(new Case("a header over 8 KB", 400, () -> get("/api/stores", OPS, "X-Big: " + "a".repeat(9000))));
        cases.add(new Case("Content-Length that is no number", 400, () -> post("Content-Length: abc")));
        cases.add(new Case("negative Content-Length", 400, () -> post("Content-Length: -1")));
        cases.add(new Case("two different Content-Lengths", 400, () -> post("Content-Length: 2", "Content-Length: 3")));
        cases.add(new Case("Content-Length and chunked", 400, () -> post("Content-Length: 2",
                "Transfer-Encoding: chunked")));
        cases.add(new Case("a header name with a space", 400, () -> get("/api/stores", OPS, "Bad Header: x")));
        cases.add(new Case("a header without a colon", 400, () -> get("/api/stores", OPS, "NoColon")));
        cases.add(new Case("no Host header", 400, () -> "GET /api/stores HTTP/1.1\r\n" + OPS
                + "\r\nConnection: close\r\n\r\n"));
        cases.add(new Case("two Host headers", 400, () -> get("/api/stores", OPS, "Host: elsewhere")));
        cases.add(new Case("a bad chunk size", 400, () -> "POST /api/stores HTTP/1.1\r\nHost: localhost\r\n" + OPS
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "zz\r\n{}\r\n0\r\n\r\n"));
        cases.add(new Case("an unknown transfer coding", 400, () -> post("Transfer-Encoding: gzip")));
        cases.add(new Case("HTTP/2.0 on an HTTP/1.1 connection", 400, () -> "GET /api/stores HTTP/2.0\r\nHost: localhost\r\n"
                + OPS + "\r\nConnection: close\r\n\r\n"));
        cases.add(new Case("HTTP/3.7", 400, () -> "GET /api/stores HTTP/3.7\r\nHost: localhost\r\n" + OPS
                + "\r\nConnection: close\r\n\r\n"));
        cases.add(new Case("an expectation the server cannot meet", 417, () -> get("/api/stores", OPS, "Expect: teapot")));
        cases.add(new Case("more query parameters than Tomcat reads", 400, () -> get("/api/stores?"
                + String.join("&", Collections.nCopies(1500, "a=1")), OPS)));
        cases.add(new Case("a form body with a bad percent-encoding", 400, () -> RawHttp.request("POST", "/api/stores",
                List.of(OPS, "Content-Type: application/x-www-form-urlencoded"), "a=%zz")));
        cases.add(new Case("a bad percent-encoding in the access_token parameter", 400,
                () -> get("/api/stores?access_token=%zz", OPS)));
        // headers the request firewall refuses when they are read (a C1 control character)
        cases.add(new Case("a control character in Accept", 400, () -> get("/api/stores", OPS, "Accept: \u0085")));
        cases.add(new Case("a control character in Content-Type", 400, () -> RawHttp.request("POST", "/api/stores",
                List.of(OPS, "Content-Type: application/json\u0085"), "{}")));
        cases.add(new Case("a control character in the token", 400, () -> get("/api/stores",
                "Authorization: Bearer \u0085" + Tokens.ops())));
        // Accept and Content-Type headers that do not parse
        for (String accept : List.of("foo", "application/json;q=x", "application/", "/json",
                String.join(", ", Collections.nCopies(60, "application/json")))) {
            cases.add(new Case("Accept: " + (accept.length() > 40 ? "60 media types" : accept), 400,
                    () -> get(fill("/api/stores/{s}"), OPS, "Accept: " + accept)));
            cases.add(new Case("Accept: " + (accept.length() > 40 ? "60 media types" : accept) + " on an unknown path",
                    404, () -> get("/api/nothing", OPS, "Accept: " + accept)));
        }
        cases.add(new Case("Accept that the API cannot answer", 406, () -> get(fill("/api/stores/{s}"), OPS,
                "Accept: text/html")));
        for (String type : List.of("foo", "application/json; charset=nope", "*/json")) {
            cases.add(new Case("Content-Type: " + type, 415, () -> RawHttp.request("POST", "/api/stores",
                    List.of(OPS, "Content-Type: " + type), "{}")));
        }
        cases.add(new Case("a JSON body that is not UTF-8", 400, () -> "POST /api/stores HTTP/1.1\r\nHost: localhost\r\n"
                + OPS + "\r\nContent-Type: application/json\r\nContent-Length: 15\r\nConnection: close\r\n\r\n"
                + "{ \"name\": \"\u00ff\" }"));
        // errors forwarded to the error page keep their status: a Range the dashboard's files cannot serve
        cases.add(new Case("a Range that does not parse", 416, () -> get("/dashboard/store.html", null, "Range: bytes=zz")));
        cases.add(new Case("a Range beyond the file", 416, () -> get("/dashboard/store.html", null,
                "Range: bytes=99999999-")));
        // tokens of odd shapes: refused as invalid tokens, never a 500
        Map<String, Map<String, Object>> claims = Map.of(
                "roles nested in a list", Map.of("roles", List.of(List.of("OPS"))),
                "roles as a text", Map.of("roles", "OPS"),
                "roles as a number", Map.of("roles", 5),
                "roles as an object", Map.of("roles", Map.of("role", "OPS")),
                "a role that is a number", Map.of("roles", List.of("OPS", 1)),
                "a role that is an object", Map.of("roles", List.of(Map.of("name", "OPS"))),
                "merchant id as a list", Map.of("roles", List.of("MERCHANT"), "merchant_id", List.of("m-1")),
                "merchant id as a number", Map.of("roles", List.of("MERCHANT"), "merchant_id", 7),
                "merchant id as an object", Map.of("roles", List.of("MERCHANT"), "merchant_id", Map.of("id", "m-1")));
        claims.forEach((name, shape) -> cases.add(new Case("a token with " + name, 401,
                () -> get("/api/stores", "Authorization: Bearer " + Tokens.withClaims(shape)))));
        for (String authorization : List.of("Bearer " + Tokens.unsigned(), "Bearer abc.def.ghi", "Bearer ",
                "Bearer a b", "Bearer " + "x".repeat(5000), "Basic dXNlcjpwYXNz", "bearer")) {
            cases.add(new Case("Authorization: " + (authorization.length() > 40 ? authorization.substring(0, 40) + "…"
                    : authorization), 401, () -> get("/api/stores", "Authorization: " + authorization)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void answersAProblemOfTheExpectedStatusAndNeverAServerError(Case hostile) {
        RawHttp.Response response = RawHttp.send(port, hostile.request().get());

        assertThat(response.status()).as("%s", response).isBetween(400, 499).isEqualTo(hostile.status());
        assertThat(response.header("Content-Type")).as("%s", response).isNotNull();
        assertThat(MediaType.parseMediaType(response.header("Content-Type")).isCompatibleWith(
                MediaType.APPLICATION_PROBLEM_JSON)).as("%s", response).isTrue();
        assertProblemBody(response.body(), hostile.status());
        if (hostile.status() == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
        if (hostile.name().startsWith("a token with")) {
            assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        }
    }

    static String get(String target, String authorization, String... headers) {
        List<String> all = new ArrayList<>();
        if (authorization != null) {
            all.add(authorization);
        }
        all.addAll(List.of(headers));
        return RawHttp.request("GET", target, all, null);
    }

    /** A POST of a store with the given framing headers (and no Content-Length of its own). */
    static String post(String... framing) {
        return "POST /api/stores HTTP/1.1\r\nHost: localhost\r\n" + OPS + "\r\nContent-Type: application/json\r\n"
                + String.join("\r\n", framing) + "\r\nConnection: close\r\n\r\n{}";
    }

    static String fill(String path) {
        return path.replace("{s}", Long.toString(store)).replace("{c}", category).replace("{v}", Long.toString(violation));
    }
}
