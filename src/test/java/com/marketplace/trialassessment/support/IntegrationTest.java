package com.marketplace.trialassessment.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A full application on a random port, on real PostgreSQL, with a movable clock; tests talk to it
 * over HTTP with {@code RestTestClient}, as operations staff by default ({@link TestSecurityConfiguration}).
 * Tokens are checked as in production: signature, expiry, issuer and audience ({@link Tokens}).
 * The daily schedule is off; tests start runs themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"trial.schedule.enabled=false", "trial.webhooks.dispatch=false", "trial.security.hmac-secret=" + Tokens.SECRET,
            "trial.security.issuer=" + Tokens.ISSUER,
            "spring.security.oauth2.resourceserver.jwt.audiences=" + Tokens.AUDIENCE,
            // the test run keeps many contexts; an idle one keeps one connection, not the pool's ten
            "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000"})
@AutoConfigureRestTestClient
@Import({PostgresTestConfiguration.class, TestClockConfiguration.class, TestSecurityConfiguration.class})
public @interface IntegrationTest {
}
