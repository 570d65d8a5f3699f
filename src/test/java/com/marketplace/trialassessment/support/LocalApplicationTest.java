package com.marketplace.trialassessment.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as {@code ./mvnw spring-boot:run} starts it: the {@code local} profile with its own
 * token settings, and the real business clock ({@code common.ClockConfiguration}), not the movable
 * one of {@link IntegrationTest}. On a random port, on real PostgreSQL (a schema of its own); tests
 * get their tokens from {@code POST /local/tokens} ({@link LocalClient}). The daily schedule is off.
 * A class adds the settings it tries with {@code @TestPropertySource} (e.g. {@code trial.business-clock.offset}).
 * A small connection pool: these contexts stay cached beside the others, and the test server's connections are few.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"trial.schedule.enabled=false", "spring.datasource.hikari.maximum-pool-size=" + LocalApplicationTest.POOL_SIZE})
@ActiveProfiles("local")
@Import(PostgresTestConfiguration.class)
public @interface LocalApplicationTest {

    /** Enough for a request and an evaluation run's two workers; a second instance started by a test gets the same. */
    int POOL_SIZE = 4;
}
