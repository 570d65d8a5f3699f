package com.marketplace.trialassessment.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/** {@code GET /api/stores/{id}/assessment} over HTTP. */
@IntegrationTest
class StoreAssessmentIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    long storeId;

    @BeforeEach
    void store() {
        clock.setToday(LocalDate.of(2026, 11, 22));
        String code = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON).body("""
                { "code": "%s", "name": "Women's apparel", "targets": [
                    { "checkpoint": 1, "salesTarget": 50000.00 },
                    { "checkpoint": 2, "salesTarget": 80000.00, "serviceScoreTarget": 4.60 },
                    { "checkpoint": 3, "salesTarget": 100000.00, "serviceScoreTarget": 4.65 },
                    { "checkpoint": 4, "salesTarget": 120000.00, "serviceScoreTarget": 4.70 } ] }""".formatted(code))
                .exchange().expectStatus().isCreated();
        String store = http.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON).body("""
                { "name": "Lanxi Flagship Store", "merchantId": "m-1001", "categoryCode": "%s",
                  "storeType": "FLAGSHIP", "launchDate": "%s" }""".formatted(code, LAUNCH))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        storeId = ((Number) JsonPath.read(store, "$.id")).longValue();
    }

    @Test
    void showsTheApiExampleOnDay41() {
        StringBuilder rows = new StringBuilder();
        for (int day = 1; day <= 40; day++) {
            rows.append(rows.isEmpty() ? "" : ",").append("{ \"date\": \"").append(LAUNCH.plusDays(day - 1))
                    .append("\", \"amount\": ").append(day <= 30 ? "2000.00" : "6300.00").append(" }");
        }
        clock.setToday(LocalDate.of(2026, 4, 10));
        http.put().uri("/api/stores/{id}/daily-sales", storeId).contentType(MediaType.APPLICATION_JSON)
                .body("[" + rows + "]").exchange().expectStatus().isOk();
        http.put().uri("/api/stores/{id}/service-scores", storeId).contentType(MediaType.APPLICATION_JSON)
                .body("[{ \"date\": \"2026-04-04\", \"score\": 4.71 }]").exchange().expectStatus().isOk();
        http.post().uri("/api/stores/{id}/evaluations", storeId).exchange().expectStatus().isOk();

        String body = http.get().uri("/api/stores/{id}/assessment", storeId).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("TRIAL");
        assertThat((String) JsonPath.read(body, "$.today")).isEqualTo("2026-04-10");
        assertThat((Integer) JsonPath.read(body, "$.trialDay")).isEqualTo(41);
        assertThat((List<String>) JsonPath.read(body, "$.checkpoints[*].state"))
                .containsExactly("PASSED", "UPCOMING", "UPCOMING", "UPCOMING");
        assertThat((String) JsonPath.read(body, "$.checkpoints[0].dueDate")).isEqualTo("2026-03-31");
        assertThat((String) JsonPath.read(body, "$.checkpoints[1].dueDate")).isEqualTo("2026-05-30");
        assertThat(decimal(body, "$.checkpoints[1].salesSoFar")).isEqualByComparingTo("123000.00");
        assertThat(decimal(body, "$.checkpoints[1].salesNeeded")).isEqualByComparingTo("240000.00");
        assertThat(decimal(body, "$.checkpoints[1].salesStillNeeded")).isEqualByComparingTo("117000.00");
        assertThat(decimal(body, "$.checkpoints[1].dailySalesNeeded")).isEqualByComparingTo("2340.00");
        assertThat(decimal(body, "$.checkpoints[1].latestScore")).isEqualByComparingTo("4.71");
        assertThat(decimal(body, "$.checkpoints[1].scoreTarget")).isEqualByComparingTo("4.60");
        // run rate: 123,000 over days 1..41 = 3,000.00 a day; 49 days after today: 123,000 + 147,000
        assertThat(decimal(body, "$.outlook.dailyRunRate")).isEqualByComparingTo("3000.00");
        assertThat(decimal(body, "$.outlook.projectedCumulativeSales")).isEqualByComparingTo("270000.00");
        assertThat((Boolean) JsonPath.read(body, "$.outlook.atRisk")).isFalse();
        assertThat((String) JsonPath.read(body, "$.outlook.ifDecidedToday.sales")).isEqualTo("FAIL");
        assertThat((String) JsonPath.read(body, "$.outlook.ifDecidedToday.serviceScore")).isEqualTo("PASS");
    }

    static BigDecimal decimal(String json, String path) {
        return new BigDecimal(JsonPath.read(json, path).toString());
    }
}
