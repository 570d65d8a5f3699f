package com.marketplace.trialassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as the service serves it, written to {@code target/openapi/openapi.json} for
 * the linter that {@code ./mvnw verify} runs after the integration tests (Redocly CLI, pom.xml).
 */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

    static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");

    @Autowired
    RestTestClient http;

    @Test
    void theDocumentIsWrittenForTheLinter() throws IOException {
        String document = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, document);
        assertThat(document).startsWith("{\"openapi\":\"3.");
    }

    /** Each operation's success status is the one the endpoint answers with (the tests of each endpoint check those). */
    @Test
    void everyOperationDeclaresTheSuccessStatusItAnswersWith() {
        JsonNode paths = document().get("paths");
        Map<String, String> expected = Map.of(
                "post /api/stores", "201", "post /api/categories", "201",
                "post /api/categories/{code}/target-versions", "201", "post /api/stores/{id}/violations", "201",
                "post /api/webhook-subscriptions", "201", "delete /api/webhook-subscriptions/{id}", "204",
                "post /api/webhook-subscriptions/{id}/deliveries/{eventId}/retry", "202",
                "post /api/evaluation-runs", "202", "get /api/stores/{id}", "200", "put /api/stores/{id}/daily-sales", "200");
        List<String> operations = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            operations.add(name);
            List<String> successes = operation.getValue().get("responses").propertyNames().stream()
                    .filter(code -> code.startsWith("2")).toList();
            assertThat(successes).as(name).hasSize(1);
            if (expected.containsKey(name)) {
                assertThat(successes).as(name).containsExactly(expected.get(name));
            }
        }));
        assertThat(operations).containsAll(expected.keySet()).doesNotContain("get /error");
    }

    /** Every API operation declares the problems it can answer with, each an RFC 9457 problem document. */
    @Test
    void everyApiOperationDeclaresItsProblemAnswersWithTheProblemSchema() {
        JsonNode api = document();
        assertThat(api.at("/components/schemas/Problem/required").toString()).contains("type", "title", "status");
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            JsonNode responses = operation.getValue().get("responses");
            List<String> problems = responses.propertyNames().stream().filter(code -> code.startsWith("4")).toList();
            assertThat(problems).as(name).contains("400", "401", "403", "406");
            if (path.getKey().contains("{")) {
                assertThat(problems).as(name).contains("404");
            }
            if (operation.getValue().has("requestBody")) {
                assertThat(problems).as(name).contains("408", "413", "415");
            }
            for (String code : problems) {
                assertThat(responses.at("/" + code + "/content/application~1problem+json/schema/$ref").asString())
                        .as(name + " " + code).isEqualTo("#/components/schemas/Problem");
            }
        }));
    }

    /** Problems particular to an operation are declared where they arise, with the same schema. */
    @Test
    void theProblemsParticularToAnOperationAreDeclaredToo() {
        JsonNode paths = document().get("paths");
        assertThat(paths.at("/~1api~1stores~1{id}~1annual-standing/get/responses/409/content/application~1problem+json/schema/$ref")
                .asString()).as("a store that is not formal").isEqualTo("#/components/schemas/Problem");
        assertThat(paths.at("/~1api~1stores/post/responses/422/content/application~1problem+json/schema/$ref").asString())
                .as("an unknown category, or an idempotency key used before").isEqualTo("#/components/schemas/Problem");
        assertThat(paths.at("/~1api~1evaluation-runs/post/responses/422/description").asString())
                .contains("Idempotency-Key");
    }

    private JsonNode document() {
        return JsonMapper.builder().build().readTree(http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }
}
