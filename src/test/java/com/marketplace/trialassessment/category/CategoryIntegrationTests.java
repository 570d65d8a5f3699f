package com.marketplace.trialassessment.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.IntegrationTest;

@IntegrationTest
class CategoryIntegrationTests {

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

    @Test
    void createsCategoryWithFirstTargetVersion() {
        String code = uniqueCode();
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON).body(categoryJson(code))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/api/categories/" + code)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.targetVersions[0].version").isEqualTo(1)
                .jsonPath("$.targetVersions[0].effectiveFrom").isEqualTo("2026-01-01")
                .jsonPath("$.targetVersions[0].targets[1].serviceScoreTarget").isEqualTo(4.60)
                .jsonPath("$.targetVersions[0].targets[0].serviceScoreTarget").doesNotExist();
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
}
