package com.marketplace.trialassessment.support;

import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * The tests' {@code RestTestClient} calls as operations staff unless a test sends another
 * {@code Authorization} header; the access-control tests do.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurityConfiguration {

    @Bean
    RestTestClientBuilderCustomizer opsTokenByDefault() {
        return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.ops());
    }
}
