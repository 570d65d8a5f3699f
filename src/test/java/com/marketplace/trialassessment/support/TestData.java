package com.marketplace.trialassessment.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates categories and stores over HTTP with codes and merchant ids no other test uses, so that
 * tests sharing one schema never see each other's data.
 */
public final class TestData {

    /** The {@code effectiveFrom} of the categories {@link #createCategory()} creates. */
    public static final LocalDate CATEGORY_EFFECTIVE_FROM = LocalDate.of(2026, 1, 1);

    /** Reads decimals exactly, as {@code BigDecimal}, never through {@code double}. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final RestTestClient http;

    public TestData(RestTestClient http) {
        this.http = http;
    }

    /** {@code prefix-} followed by 12 random hex digits. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid target set: checkpoints 1..4, a service-score target at 2..4 only. */
    public static String validTargetsJson() {
        return """
                [ { "checkpoint": 1, "salesTarget": 50000.00 },
                  { "checkpoint": 2, "salesTarget": 80000.00, "serviceScoreTarget": 4.60 },
                  { "checkpoint": 3, "salesTarget": 100000.00, "serviceScoreTarget": 4.65 },
                  { "checkpoint": 4, "salesTarget": 120000.00, "serviceScoreTarget": 4.70 } ]""";
    }

    public static String categoryJson(String code, LocalDate effectiveFrom) {
        return """
                { "code": "%s", "name": "Women's apparel", "effectiveFrom": "%s", "targets": %s }"""
                .formatted(code, effectiveFrom, validTargetsJson());
    }

    public static String storeJson(String categoryCode, String merchantId, LocalDate launchDate) {
        return """
                { "name": "Lanxi Flagship Store", "merchantId": "%s", "categoryCode": "%s",
                  "storeType": "FLAGSHIP", "launchDate": "%s" }""".formatted(merchantId, categoryCode, launchDate);
    }

    /** A new category with target version 1 effective from {@link #CATEGORY_EFFECTIVE_FROM}; its code. */
    public String createCategory() {
        return createCategory(CATEGORY_EFFECTIVE_FROM);
    }

    public String createCategory(LocalDate effectiveFrom) {
        String code = unique("cat");
        http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON)
                .body(categoryJson(code, effectiveFrom))
                .exchange()
                .expectStatus().isCreated();
        return code;
    }

    /** Adds a target version with the valid target set; its version number. */
    public int addTargetVersion(String categoryCode, LocalDate effectiveFrom) {
        JsonNode version = json(http.post().uri("/api/categories/{code}/target-versions", categoryCode)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        { "effectiveFrom": "%s", "targets": %s }""".formatted(effectiveFrom, validTargetsJson()))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
        return version.get("version").asInt();
    }

    /** A store of a new category, launched on {@code launchDate}; the created store as JSON. */
    public JsonNode createStore(LocalDate launchDate) {
        return createStore(createCategory(), unique("m"), launchDate);
    }

    public JsonNode createStore(String categoryCode, String merchantId, LocalDate launchDate) {
        JsonNode store = json(http.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON)
                .body(storeJson(categoryCode, merchantId, launchDate))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(store.get("id").isIntegralNumber()).as("store id is a number").isTrue();
        return store;
    }

    /** The id of a store of a new category, launched on {@code launchDate}. */
    public long createStoreId(LocalDate launchDate) {
        return createStore(launchDate).get("id").asLong();
    }

    public static JsonNode json(String body) {
        assertThat(body).as("response body").isNotNull();
        return JSON.readTree(body);
    }

    /**
     * A money amount or score of a response written with two decimals ({@code "0.00"}); fails when the
     * number has more than two.
     */
    public static String twoDecimals(JsonNode number) {
        assertThat(number.isNumber()).as("%s is a number", number).isTrue();
        return number.decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
