package com.marketplace.trialassessment.security;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.RawHttp;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A store id is read in one spelling only: plain ASCII decimal digits, without sign, spaces, leading
 * zeros, hex or other digits. Every other spelling of another merchant's store (the ones Java's and
 * Spring's number parsing accept: {@code 0x2}, {@code #2}, {@code " 2"}, {@code "2\t"}, {@code +2},
 * full-width digits …) answers a merchant exactly what a store that does not exist answers, on every
 * path a merchant may call; and so does any spelling of the merchant's own store but the plain one,
 * so the ownership check and the controller can never read different stores. Requests go over a
 * raw socket, so the server sees exactly these bytes.
 */
@IntegrationTest
class StoreIdSpellingIntegrationTests {

    static final String CALLER = "m-spell-1";
    static final String OTHER = "m-spell-2";

    /** Every path under a store a merchant may read ({@code %s} is the store id, {@code %v} a violation id). */
    static final List<String> MERCHANT_PATHS = List.of("/api/stores/%s", "/api/stores/%s/status-history",
            "/api/stores/%s/verdicts", "/api/stores/%s/assessment", "/api/stores/%s/assessment/sales-curve",
            "/api/stores/%s/daily-sales", "/api/stores/%s/service-scores", "/api/stores/%s/violations",
            "/api/stores/%s/violations/%v", "/api/stores/%s/annual-results", "/api/stores/%s/annual-standing",
            "/api/stores/%s/fee-statements");

    /**
     * What the plain spelling of the merchant's own store answers: 200, but for the annual standing,
     * which a store on trial (as the merchant's own store here is) does not have: 409, from the
     * controller that served the store.
     */
    static final Map<String, Integer> PLAIN_SPELLING_STATUS = Map.of("/api/stores/%s/annual-standing", 409);

    /** Spellings of a store id that are not its one plain decimal spelling, each as it goes into the path. */
    static final List<Spelling> SPELLINGS = List.of(
            new Spelling("hex 0x", id -> "0x" + Long.toHexString(id)),
            new Spelling("hex 0X", id -> "0X" + Long.toHexString(id).toUpperCase()),
            new Spelling("hex #", id -> "%23" + Long.toHexString(id)),
            new Spelling("leading space", id -> "%20" + id),
            new Spelling("trailing space", id -> id + "%20"),
            new Spelling("leading tab", id -> "%09" + id),
            new Spelling("trailing tab", id -> id + "%09"),
            new Spelling("vertical tab", id -> "%0B" + id),
            new Spelling("form feed", id -> "%0C" + id),
            new Spelling("file separator", id -> "%1C" + id),
            new Spelling("unit separator", id -> id + "%1F"),
            new Spelling("no-break space", id -> "%C2%A0" + id),
            new Spelling("plus sign", id -> "+" + id),
            new Spelling("encoded plus sign", id -> "%2B" + id),
            new Spelling("leading zero", id -> "0" + id),
            new Spelling("leading zeros", id -> "000" + id),
            new Spelling("decimal point", id -> id + ".0"),
            new Spelling("exponent", id -> id + "e0"),
            new Spelling("full-width digits", id -> digits(id, 0xFF10)),
            new Spelling("Arabic-Indic digits", id -> digits(id, 0x0660)),
            new Spelling("Devanagari digits", id -> digits(id, 0x0966)),
            new Spelling("beyond long", id -> "9223372036854775808" + id),
            new Spelling("letters", id -> "id" + id));

    record Spelling(String name, LongFunction<String> of) {

        @Override
        public String toString() {
            return name;
        }
    }

    static long othersStore;
    static long ownStore;
    static long othersViolation;
    static long ownViolation;

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void stores() {
        if (othersStore != 0) {
            return;
        }
        Fixtures data = new Fixtures(http);
        String category = data.createCategory();
        othersStore = data.createStore(category, OTHER, LocalDate.of(2026, 3, 1)).get("id").asLong();
        ownStore = data.createStore(category, CALLER, LocalDate.of(2026, 3, 1)).get("id").asLong();
        othersViolation = violation(othersStore);
        ownViolation = violation(ownStore);
    }

    static Stream<Arguments> pathsAndSpellings() {
        List<Arguments> arguments = new ArrayList<>();
        for (String path : MERCHANT_PATHS) {
            for (Spelling spelling : SPELLINGS) {
                arguments.add(Arguments.of(path, spelling));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("pathsAndSpellings")
    void anotherMerchantsStoreInAnySpellingLooksLikeOneThatDoesNotExist(String path, Spelling spelling) {
        String id = spelling.of().apply(othersStore);

        RawHttp.Response response = get(path(path, id, othersViolation), Tokens.merchant(CALLER));

        assertLooksLikeAMissingStore(response, path);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("pathsAndSpellings")
    void theMerchantsOwnStoreIsReadOnlyInItsPlainSpelling(String path, Spelling spelling) {
        String id = spelling.of().apply(ownStore);

        RawHttp.Response response = get(path(path, id, ownViolation), Tokens.merchant(CALLER));

        assertLooksLikeAMissingStore(response, path);
        assertThat(get(path(path, Long.toString(ownStore), ownViolation), Tokens.merchant(CALLER)).status())
                .as("the plain spelling of the merchant's own store").isEqualTo(PLAIN_SPELLING_STATUS.getOrDefault(path, 200));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("pathsAndSpellings")
    void operationsStaffAreToldTheIdIsNoWholeNumber(String path, Spelling spelling) {
        String id = spelling.of().apply(othersStore);

        RawHttp.Response response = get(path(path, id, othersViolation), Tokens.ops());

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        JsonNode error = singleError(assertProblemBody(response.body(), 400));
        assertThat(error.get("field").asString()).isEqualTo("id");
    }

    /** Exactly the answer for a store id no store has, but for the id the detail names. */
    void assertLooksLikeAMissingStore(RawHttp.Response response, String path) {
        assertThat(response.status()).as("%s", response).isEqualTo(404);
        assertThat(MediaType.parseMediaType(response.header("Content-Type"))).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.body()).doesNotContain(OTHER).doesNotContain("Lanxi");
        RawHttp.Response missing = get(path(path, Long.toString(Long.MAX_VALUE), othersViolation), Tokens.merchant(CALLER));
        assertThat(withoutIdAndInstance(response.body())).isEqualTo(withoutIdAndInstance(missing.body()));
    }

    static JsonNode withoutIdAndInstance(String body) {
        ObjectNode problem = (ObjectNode) assertProblemBody(body, 404);
        problem.remove("instance");
        problem.put("detail", problem.get("detail").asString().replaceFirst("^Store .* does not exist$", "Store ID does not exist"));
        return problem;
    }

    RawHttp.Response get(String target, String token) {
        return RawHttp.send(port, RawHttp.request("GET", target, List.of("Authorization: Bearer " + token), null));
    }

    static String path(String template, String id, long violation) {
        return template.replace("%s", id).replace("%v", Long.toString(violation));
    }

    long violation(long store) {
        String body = http.post().uri("/api/stores/{id}/violations", store).contentType(MediaType.APPLICATION_JSON)
                .body("{ \"occurredOn\": \"2026-03-05\", \"type\": \"LATE_SHIPMENT\", \"severity\": \"GENERAL\", \"points\": 1 }")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        return Fixtures.json(body).get("id").asLong();
    }

    /** The id written with the ten digits starting at {@code zero}, percent-encoded as UTF-8. */
    static String digits(long id, int zero) {
        StringBuilder text = new StringBuilder();
        for (char digit : Long.toString(id).toCharArray()) {
            text.appendCodePoint(zero + digit - '0');
        }
        return java.net.URLEncoder.encode(text.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
