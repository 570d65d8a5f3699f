package com.marketplace.trialassessment.support;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;

/** Calls a service running the {@code local} profile, with tokens it mints itself ({@code POST /local/tokens}). */
public final class LocalClient {

    private final String baseUrl;

    public LocalClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** No token. */
    public RestTestClient anonymous() {
        return RestTestClient.bindToServer().baseUrl(baseUrl).build();
    }

    /** Every call with a token of {@code /local/tokens} for operations staff. */
    public RestTestClient ops() {
        return as(token("roles=OPS&sub=alice"));
    }

    public RestTestClient as(String token) {
        return RestTestClient.bindToServer().baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    /** The answer of {@code POST /local/tokens?<query>}. */
    public String tokenResponse(String query) {
        return anonymous().post().uri("/local/tokens?" + query).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** A token of {@code POST /local/tokens?<query>}, e.g. {@code roles=MERCHANT&merchantId=m-1}. */
    public String token(String query) {
        return JsonPath.read(tokenResponse(query), "$.token");
    }
}
