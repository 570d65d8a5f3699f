package com.marketplace.trialassessment.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.TrialAssessmentApplication;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.LocalApplicationTest;
import com.marketplace.trialassessment.support.LocalClient;
import com.marketplace.trialassessment.support.PostgresTestConfiguration;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The rehearsal as the contract describes it: the service runs with {@code trial.business-clock.offset=P0D},
 * then again on the same database with {@code P100D}, and the second sees 100 days later: a checkpoint
 * that was weeks away is due and the run decides it.
 */
@LocalApplicationTest
@TestPropertySource(properties = "trial.business-clock.offset=P0D")
@DirtiesContext // no other class runs on P0D: its connections go back to the server at once
class RehearsalClockRestartIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void restartedWithALargerOffsetTheServiceSeesThatManyDaysLater() {
        ZoneId zone = ZoneId.of(environment.getRequiredProperty("trial.zone"));
        RestTestClient first = new LocalClient(port).ops();
        LocalDate launch = LocalDate.now(zone).minusDays(10);
        Trial store = new Fixtures(first).launch(launch);
        store.sales(1, 11, "5000.00"); // 55,000: enough for checkpoint 1 (50,000), due on day 31

        assertThat((Integer) JsonPath.read(store.assessment(), "$.trialDay")).isBetween(11, 12);
        assertThat((List<?>) JsonPath.read(store.evaluate(), "$.decided")).as("nothing due yet").isEmpty();
        assertThat((String) JsonPath.read(info(first), "$.businessClock.offset")).isEqualTo("P0D");

        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (ConfigurableApplicationContext second = restart("P100D")) {
            RestTestClient later = new LocalClient(((WebServerApplicationContext) second).getWebServer().getPort()).ops();

            String assessment = later.get().uri("/api/stores/{id}/assessment", store.storeId()).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            LocalDate today = LocalDate.parse(JsonPath.read(assessment, "$.today"));
            assertThat(today).isBetween(launch.plusDays(110), LocalDate.now(zone).plusDays(100));
            assertThat((String) JsonPath.read(assessment, "$.checkpoints[0].state")).isEqualTo("DUE");
            assertThat((String) JsonPath.read(info(later), "$.businessClock.offset")).isEqualTo("P100D");

            String started = later.post().uri("/api/evaluation-runs").exchange().expectStatus().isAccepted()
                    .expectBody(String.class).returnResult().getResponseBody();
            long run = ((Number) JsonPath.read(started, "$.id")).longValue();
            String finished = await().atMost(Duration.ofMinutes(1)).until(() -> later.get()
                    .uri("/api/evaluation-runs/{id}", run).exchange().expectBody(String.class).returnResult()
                    .getResponseBody(), body -> "COMPLETED".equals(JsonPath.read(body, "$.status")));
            Instant after = Instant.now();

            assertThat(LocalDate.parse(JsonPath.read(finished, "$.businessDate")))
                    .isBetween(today, LocalDate.now(zone).plusDays(100));
            assertThat((Integer) JsonPath.read(finished, "$.storesEvaluated")).isEqualTo(1);
            String verdicts = later.get().uri("/api/stores/{id}/verdicts", store.storeId()).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            assertThat((Integer) JsonPath.read(verdicts, "$.items[0].checkpoint")).isEqualTo(1);
            assertThat((String) JsonPath.read(verdicts, "$.items[0].outcome")).isEqualTo("PASSED");
            assertThat(OffsetDateTime.parse(JsonPath.read(verdicts, "$.items[0].decidedAt")).toInstant())
                    .isBetween(before.plus(Duration.ofDays(100)), after.plus(Duration.ofDays(100)));
        }
    }

    private static String info(RestTestClient client) {
        return client.get().uri("/actuator/info").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
    }

    /** The service again, on this test's database, in the local profile with {@code offset}. */
    private ConfigurableApplicationContext restart(String offset) {
        // command-line arguments, so that they win over application.yml
        return new SpringApplicationBuilder(TrialAssessmentApplication.class).profiles("local").run(
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--trial.db-schema=" + environment.getRequiredProperty("trial.db-schema"),
                "--" + PostgresTestConfiguration.REUSE_DATABASE + "=true",
                "--trial.schedule.enabled=false",
                "--trial.business-clock.offset=" + offset,
                "--spring.datasource.hikari.maximum-pool-size=" + LocalApplicationTest.POOL_SIZE,
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }
}
