package com.marketplace.trialassessment.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.TrialAssessmentApplication;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.LocalApplicationTest;
import com.marketplace.trialassessment.support.LocalClient;
import com.marketplace.trialassessment.support.Tokens;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The rehearsal clock as a person uses it: {@code ./mvnw spring-boot:run} with
 * {@code trial.business-clock.offset=P91D}. Every business date is 91 days after the real one; tokens
 * live in real time. The clock here is the real one shifted, so the dates are read from the real
 * date (and read again when a real midnight falls in between).
 */
@LocalApplicationTest
@TestPropertySource(properties = "trial.business-clock.offset=P91D")
class RehearsalClockIntegrationTests {

    static final int OFFSET = 91;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JwtDecoder tokens;

    LocalClient local() {
        return new LocalClient(port);
    }

    ZoneId zone() {
        return ZoneId.of(environment.getRequiredProperty("trial.zone"));
    }

    /** What {@code read} answers, read on one real date (again when the real date changed meanwhile), with that date. */
    <T> OnRealDate<T> onOneRealDate(Function<LocalDate, T> read) {
        while (true) {
            LocalDate real = LocalDate.now(zone());
            T answer = read.apply(real);
            if (LocalDate.now(zone()).equals(real)) {
                return new OnRealDate<>(real, answer);
            }
        }
    }

    record OnRealDate<T>(LocalDate real, T answer) {
    }

    @Test
    void actuatorInfoShowsTheOffsetAndTheBusinessDateToAnyone() {
        OnRealDate<String> info = onOneRealDate(real -> local().anonymous().get().uri("/actuator/info").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat((String) JsonPath.read(info.answer(), "$.businessClock.offset")).isEqualTo("P91D");
        assertThat((Integer) JsonPath.read(info.answer(), "$.businessClock.days")).isEqualTo(OFFSET);
        assertThat((String) JsonPath.read(info.answer(), "$.businessClock.today"))
                .isEqualTo(info.real().plusDays(OFFSET).toString());
        assertThat((String) JsonPath.read(info.answer(), "$.businessClock.zone")).isEqualTo(zone().getId());
    }

    @Test
    void todayIsTheRealDatePlusTheOffset() {
        RestTestClient ops = local().ops();

        OnRealDate<String> summary = onOneRealDate(real -> ops.get().uri("/api/dashboard/summary").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat((String) JsonPath.read(summary.answer(), "$.today"))
                .isEqualTo(summary.real().plusDays(OFFSET).toString());
    }

    @Test
    void dataDatedUpToTheBusinessDateIsAcceptedAndLaterDataIsNot() {
        RestTestClient ops = local().ops();
        long store = new Fixtures(ops).launch(LocalDate.now(zone()).plusDays(OFFSET - 10)).storeId();

        OnRealDate<int[]> answers = onOneRealDate(real -> new int[] {
            putSales(ops, store, real.plusDays(OFFSET)), putSales(ops, store, real.plusDays(OFFSET + 1))});

        assertThat(answers.answer()).as("real date + %d, real date + %d", OFFSET, OFFSET + 1).containsExactly(200, 400);
        String refused = ops.put().uri("/api/stores/{id}/daily-sales", store).contentType(MediaType.APPLICATION_JSON)
                .body(sales(LocalDate.now(zone()).plusDays(OFFSET + 2))).exchange()
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat((String) JsonPath.read(refused, "$.errors[0].message")).startsWith("must not be after today (");
    }

    @Test
    void anEvaluationIsDecidedAtTheBusinessTimeAndItsCheckpointWasDueOnTheBusinessDate() {
        RestTestClient ops = local().ops();
        // checkpoint 1 is due on launch + 30 days: the business date
        LocalDate businessToday = LocalDate.now(zone()).plusDays(OFFSET);
        Trial store = new Fixtures(ops).launch(businessToday.minusDays(30));
        store.sales(1, 30, "2000.00");

        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String evaluation = store.evaluate();
        Instant after = Instant.now();

        assertThat((Integer) JsonPath.read(evaluation, "$.decided.length()")).isEqualTo(1);
        assertThat((String) JsonPath.read(evaluation, "$.decided[0].outcome")).isEqualTo("PASSED");
        assertThat((String) JsonPath.read(evaluation, "$.decided[0].dueDate")).isEqualTo(businessToday.toString());
        Instant decidedAt = OffsetDateTime.parse(JsonPath.read(evaluation, "$.decided[0].decidedAt")).toInstant();
        assertThat(decidedAt).isBetween(before.plus(Duration.ofDays(OFFSET)), after.plus(Duration.ofDays(OFFSET)));
    }

    @Test
    void anEvaluationRunIsOnTheBusinessDate() {
        RestTestClient ops = local().ops();
        OnRealDate<String> run = onOneRealDate(real -> ops.post().uri("/api/evaluation-runs").exchange()
                .expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody());
        long id = ((Number) JsonPath.read(run.answer(), "$.id")).longValue();
        // done before the next test, which must decide its store itself
        await().atMost(Duration.ofMinutes(1)).until(() -> ops.get().uri("/api/evaluation-runs/{id}", id).exchange()
                .expectBody(String.class).returnResult().getResponseBody(),
                body -> !"RUNNING".equals(JsonPath.read(body, "$.status")));

        assertThat((String) JsonPath.read(run.answer(), "$.businessDate"))
                .isEqualTo(run.real().plusDays(OFFSET).toString());
    }

    @Test
    void tokensOfTheLocalProfileLiveInRealTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String answer = local().tokenResponse("roles=OPS&sub=alice");
        Instant after = Instant.now();
        String token = JsonPath.read(answer, "$.token");

        Jwt jwt = tokens.decode(token);
        assertThat(jwt.getIssuedAt()).isBetween(before, after);
        assertThat(jwt.getExpiresAt()).isBetween(before.plus(Duration.ofHours(8)), after.plus(Duration.ofHours(8)));
        assertThat(Instant.parse(JsonPath.read(answer, "$.expiresAt")))
                .isBetween(before.plus(Duration.ofHours(8)), after.plus(Duration.ofHours(8)));
        // accepted now, 91 days before its business-clock "issue" date would be
        local().as(token).get().uri("/api/categories").exchange().expectStatus().isOk();
    }

    @Test
    void theServiceDoesNotStartWithTheSettingOutsideTheLocalProfile() {
        assertThatThrownBy(() -> start("--trial.business-clock.offset=P91D",
                "--trial.security.hmac-secret=" + Tokens.SECRET, "--trial.security.issuer=" + Tokens.ISSUER).close())
                .satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("trial.business-clock.offset")
                        .hasMessageContaining("'local' profile"));
    }

    @Test
    void theServiceDoesNotStartWithANegativeOffset() {
        assertThatThrownBy(() -> start("--spring.profiles.active=local", "--trial.business-clock.offset=-P1D").close())
                .satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
                        .contains("trial.business-clock.offset").contains("must not be negative"));
    }

    /** The application on this test's database, with the given settings and no profile unless they name one. */
    private AutoCloseable start(String... settings) {
        String[] common = {"--spring.datasource.url=" + dataSource.getJdbcUrl(),
            "--spring.datasource.username=" + dataSource.getUsername(),
            "--spring.datasource.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
            "--trial.db-schema=" + environment.getRequiredProperty("trial.db-schema"),
            "--spring.datasource.hikari.maximum-pool-size=" + LocalApplicationTest.POOL_SIZE,
            "--trial.schedule.enabled=false", "--server.port=0", "--spring.main.banner-mode=off"};
        String[] args = new String[common.length + settings.length];
        System.arraycopy(common, 0, args, 0, common.length);
        System.arraycopy(settings, 0, args, common.length, settings.length);
        return new SpringApplicationBuilder(TrialAssessmentApplication.class).run(args);
    }

    private static int putSales(RestTestClient ops, long store, LocalDate date) {
        return ops.put().uri("/api/stores/{id}/daily-sales", store).contentType(MediaType.APPLICATION_JSON)
                .body(sales(date)).exchange().returnResult(String.class).getStatus().value();
    }

    private static String sales(LocalDate date) {
        return "[{ \"date\": \"" + date + "\", \"amount\": 100.00 }]";
    }
}
