package com.marketplace.trialassessment.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.IntegrationTest;

/** In the local profile one request gets a token for any role, and the service accepts it. */
@IntegrationTest
@ActiveProfiles("local")
class LocalTokensIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder decoder;

    @Autowired
    Environment environment;

    RestTestClient anonymous() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void mintsTokensThatTheServiceAccepts() {
        String ops = token("/local/tokens?roles=OPS&sub=alice");
        String feed = token("/local/tokens?roles=FEED");

        anonymous().get().uri("/api/categories").header(HttpHeaders.AUTHORIZATION, "Bearer " + ops)
                .exchange().expectStatus().isOk();
        anonymous().get().uri("/api/categories").header(HttpHeaders.AUTHORIZATION, "Bearer " + feed)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void mintsTokensWithAnExpiryAndTheConfiguredIssuerAndAudience() {
        String token = token("/local/tokens?roles=OPS&sub=alice");

        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getClaimAsString("iss")).isEqualTo(environment.getProperty("trial.security.issuer"));
        assertThat(jwt.getAudience())
                .containsExactly(environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences"));
        assertThat(jwt.getExpiresAt()).isNotNull();
    }

    @Test
    void merchantTokensNeedAMerchantId() {
        anonymous().post().uri("/local/tokens?roles=MERCHANT").exchange().expectStatus().isBadRequest();
        assertThat(token("/local/tokens?roles=MERCHANT&merchantId=m-1")).isNotBlank();
        anonymous().post().uri("/local/tokens?roles=ADMIN").exchange().expectStatus().isBadRequest();
    }

    private String token(String uri) {
        String body = anonymous().post().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JsonPath.read(body, "$.token");
    }
}
