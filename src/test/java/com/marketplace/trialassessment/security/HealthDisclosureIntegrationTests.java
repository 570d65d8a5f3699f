package com.marketplace.trialassessment.security;

import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * Health is open to everyone, but only operations staff see what it checks (database, disk path and
 * free space): anyone else, and a caller whose token does not verify, gets the status alone, never a 401.
 */
@IntegrationTest
class HealthDisclosureIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void showsOperationsStaffWhatItChecks() {
        JsonNode health = health("/actuator/health", Tokens.ops());

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/details/database").asString()).isEqualTo("PostgreSQL");
        assertThat(health.at("/components/diskSpace/details").has("free")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"none", "feed", "merchant", "expired", "bad signature", "not a jwt"})
    void showsEveryoneElseTheStatusAlone(String caller) {
        String token = switch (caller) {
            case "none" -> null;
            case "feed" -> Tokens.feed();
            case "merchant" -> Tokens.merchant("m-1");
            case "expired" -> Tokens.expired();
            case "bad signature" -> Tokens.badSignature();
            default -> "not-a-jwt";
        };

        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            JsonNode health = health(path, token);

            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.has("components")).as("%s as %s: %s", path, caller, health).isFalse();
            assertThat(health.has("details")).as("%s as %s: %s", path, caller, health).isFalse();
        }
    }

    private JsonNode health(String path, String token) {
        RestTestClient.RequestHeadersSpec<?> request = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .build().get().uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return json(request.exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody());
    }
}
