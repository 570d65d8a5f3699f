package com.marketplace.trialassessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.Tokens;

/**
 * Webhook subscriptions over HTTP: who may subscribe to whose events, the secret shown once, receiver
 * URLs that could reach inside refused, and a merchant's view limited to its own subscriptions.
 */
@IntegrationTest
class SubscriptionIntegrationTests {

    /** A public address literal: no name to resolve. */
    static final String RECEIVER = "https://93.184.216.34/hooks/trial";

    @Autowired
    RestTestClient http;

    private String subscribe(String token, String body, int status) {
        return http.post().uri("/api/webhook-subscriptions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private String get(String token, String path, int status) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void operationsStaffSubscribeForOneMerchantOrAllAndSeeTheSecretOnce() {
        String merchant = Fixtures.unique("m");
        String one = subscribe(Tokens.ops(), """
                { "url": "%s", "events": ["verdict.decided", "store.cleared"], "merchantId": "%s" }"""
                .formatted(RECEIVER, merchant), 201);
        String all = subscribe(Tokens.ops(), """
                { "url": "%s", "events": ["fee.statement_issued"] }""".formatted(RECEIVER), 201);

        assertThat((String) JsonPath.read(one, "$.secret")).startsWith("whsec_");
        assertThat((String) JsonPath.read(one, "$.merchantId")).isEqualTo(merchant);
        assertThat((List<String>) JsonPath.read(one, "$.events")).containsExactly("verdict.decided", "store.cleared");
        assertThat((Boolean) JsonPath.read(one, "$.enabled")).isTrue();
        assertThat((String) JsonPath.read(one, "$.createdBy")).isEqualTo("ops-alice");
        assertThat((Object) JsonPath.read(all, "$.merchantId")).isNull();
        long id = ((Number) JsonPath.read(one, "$.id")).longValue();
        String read = get(Tokens.ops(), "/api/webhook-subscriptions/" + id, 200);
        assertThat(read).doesNotContain("secret").doesNotContain("whsec_");
        assertThat((String) JsonPath.read(read, "$.url")).isEqualTo(RECEIVER);
    }

    @Test
    void aMerchantSubscribesForItsOwnStoresOnlyAndSeesOnlyItsOwnSubscriptions() {
        String merchant = Fixtures.unique("m");
        String other = Fixtures.unique("m");
        String own = subscribe(Tokens.merchant(merchant), """
                { "url": "%s", "events": ["store.warned"] }""".formatted(RECEIVER), 201);
        subscribe(Tokens.merchant(merchant), """
                { "url": "%s", "events": ["store.warned"], "merchantId": "%s" }""".formatted(RECEIVER, merchant), 201);
        String refused = subscribe(Tokens.merchant(merchant), """
                { "url": "%s", "events": ["store.warned"], "merchantId": "%s" }""".formatted(RECEIVER, other), 403);
        String others = subscribe(Tokens.merchant(other), """
                { "url": "%s", "events": ["store.warned"] }""".formatted(RECEIVER), 201);

        assertThat((String) JsonPath.read(own, "$.merchantId")).as("implied").isEqualTo(merchant);
        assertThat((String) JsonPath.read(refused, "$.type")).isEqualTo("urn:trial-assessment:problem:forbidden");
        String listed = get(Tokens.merchant(merchant), "/api/webhook-subscriptions?size=500", 200);
        assertThat((List<String>) JsonPath.read(listed, "$.items[*].merchantId")).hasSize(2).containsOnly(merchant);
        assertThat((Integer) JsonPath.read(listed, "$.total")).isEqualTo(2);
        long othersId = ((Number) JsonPath.read(others, "$.id")).longValue();
        get(Tokens.merchant(merchant), "/api/webhook-subscriptions/" + othersId, 404);
        http.delete().uri("/api/webhook-subscriptions/{id}", othersId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.merchant(merchant)).exchange()
                .expectStatus().isNotFound();
        get(Tokens.merchant(other), "/api/webhook-subscriptions/" + othersId, 200);
        get(Tokens.ops(), "/api/webhook-subscriptions/" + othersId, 200);
    }

    @Test
    void aDeletedSubscriptionIsGone() {
        String created = subscribe(Tokens.ops(), """
                { "url": "%s", "events": ["store.cleared"] }""".formatted(RECEIVER), 201);
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        http.delete().uri("/api/webhook-subscriptions/{id}", id).exchange().expectStatus().isNoContent();

        get(Tokens.ops(), "/api/webhook-subscriptions/" + id, 404);
        http.delete().uri("/api/webhook-subscriptions/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void aDataFeedMaySubscribeToNothing() {
        subscribe(Tokens.feed(), """
                { "url": "%s", "events": ["store.cleared"] }""".formatted(RECEIVER), 403);
        get(Tokens.feed(), "/api/webhook-subscriptions", 403);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain http                           | { "url": "http://93.184.216.34/hooks", "events": ["store.cleared"] }                 | url
            http to loopback, outside local      | { "url": "http://127.0.0.1:9000/hooks", "events": ["store.cleared"] }                | url
            https to loopback                    | { "url": "https://127.0.0.1/hooks", "events": ["store.cleared"] }                    | url
            a private address                    | { "url": "https://10.0.0.8/hooks", "events": ["store.cleared"] }                     | url
            the cloud metadata address           | { "url": "https://169.254.169.254/latest/meta-data", "events": ["store.cleared"] }   | url
            IPv6 loopback                        | { "url": "https://[::1]/hooks", "events": ["store.cleared"] }                        | url
            no url                               | { "events": ["store.cleared"] }                                                      | url
            no events                            | { "url": "https://93.184.216.34/hooks", "events": [] }                               | events
            an unknown event                     | { "url": "https://93.184.216.34/hooks", "events": ["store.exploded"] }               | events
            an event in another case             | { "url": "https://93.184.216.34/hooks", "events": ["Store.Cleared"] }                | events
            an event named twice                 | { "url": "https://93.184.216.34/hooks", "events": ["store.cleared", "store.cleared"] } | events
            a blank merchant id                  | { "url": "https://93.184.216.34/hooks", "events": ["store.cleared"], "merchantId": " " } | merchantId
            """)
    void refusesWhatCannotBeASubscription(String description, String body, String field) {
        String problem = subscribe(Tokens.ops(), body, 400);

        assertThat((List<String>) JsonPath.read(problem, "$.errors[*].field")).contains(field);
    }
}
