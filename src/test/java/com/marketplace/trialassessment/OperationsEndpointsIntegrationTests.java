package com.marketplace.trialassessment;

import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** What operations and API clients rely on besides the business endpoints. */
@IntegrationTest
class OperationsEndpointsIntegrationTests {

    @Autowired
    RestTestClient http;

    String get(String uri) {
        return http.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void healthIsUpWithTheDatabaseChecked() {
        JsonNode health = json(get("/actuator/health"));

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/details/database").asString()).isEqualTo("PostgreSQL");
    }

    @Test
    void livenessAndReadinessProbesAreUp() {
        assertThat(json(get("/actuator/health/liveness")).get("status").asString()).isEqualTo("UP");
        assertThat(json(get("/actuator/health/readiness")).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusScrapesTheServiceMetrics() {
        get("/api/categories");

        String metrics = get("/actuator/prometheus");

        assertThat(metrics).contains("# TYPE").contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        JsonNode api = json(get("/v3/api-docs"));

        assertThat(api.get("openapi").asString()).startsWith("3.");
        assertThat(api.get("paths").propertyNames()).contains("/api/stores", "/api/stores/{id}",
                "/api/categories", "/api/categories/{code}", "/api/categories/{code}/target-versions",
                "/api/stores/{id}/daily-sales", "/api/stores/{id}/service-scores", "/api/stores/{id}/violations",
                "/api/stores/{id}/violations/{violationId}/revocation");
        assertThat(api.at("/paths/~1api~1stores/post").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1stores~1{id}~1daily-sales/put").isMissingNode()).isFalse();
        // Swagger UI can send a bearer token
        assertThat(api.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        assertThat(api.at("/security/0").has("bearer-jwt")).isTrue();
    }

    @Test
    void infoSaysNothingOfABusinessClockWithoutTheRehearsalClock() {
        JsonNode info = json(get("/actuator/info"));

        assertThat(info.has("businessClock")).isFalse();
    }

    @Test
    void infoSaysWhichBuildAndCommitIsRunning() {
        JsonNode info = json(get("/actuator/info"));

        assertThat(info.at("/build/artifact").asString()).isEqualTo("trial-assessment");
        assertThat(info.at("/build/version").asString()).isNotBlank();
        assertThat(info.at("/build/time").asString()).isNotBlank();
        assertThat(info.at("/git/commit/id").asString()).matches("[0-9a-f]{7,40}");
        assertThat(info.at("/git/branch").asString()).isNotBlank();
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(get("/swagger-ui/index.html")).containsIgnoringCase("swagger");
    }
}
