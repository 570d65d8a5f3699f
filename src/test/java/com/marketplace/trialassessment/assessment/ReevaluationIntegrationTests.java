package com.marketplace.trialassessment.assessment;

import static com.marketplace.trialassessment.support.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/** {@code POST /api/stores/{id}/checkpoints/{k}/reevaluations}: appeals and corrected data. */
@IntegrationTest
class ReevaluationIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String REASON = "appeal 2026-118 upheld";

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    /** A store launched {@code days} days before today, with sales and a score that pass every checkpoint. */
    Trial passingStoreLaunchedDaysAgo(int days) {
        return new Fixtures(http).launch(TODAY.minusDays(days)).sales(1, Math.min(days, 210), "5000.00")
                .score(20, "4.80");
    }

    RestTestClient.ResponseSpec postReevaluation(long storeId, Object checkpoint, String body) {
        return http.post().uri("/api/stores/{id}/checkpoints/{k}/reevaluations", storeId, checkpoint)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    @Test
    void answersConflictWhenTheCheckpointHasNoVerdictYet() {
        Trial trial = passingStoreLaunchedDaysAgo(100);
        postReevaluation(trial.storeId(), 1, "{ \"reason\": \"corrected sales\" }")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.title").exists()
                .jsonPath("$.type").exists()
                .jsonPath("$.detail").exists();

        trial.evaluate();
        clock.setToday(TODAY.plusDays(60)); // checkpoint 3 is due now, and still undecided
        postReevaluation(trial.storeId(), 3, "{ \"reason\": \"corrected sales\" }").expectStatus().isEqualTo(409);
        assertThat((Integer) JsonPath.read(trial.verdicts(), "$.total")).isEqualTo(2);
    }

    @ParameterizedTest(name = "checkpoint {0}")
    @ValueSource(ints = {0, 5})
    void refusesACheckpointOutsideOneToFour(int k) {
        Trial trial = passingStoreLaunchedDaysAgo(40);
        trial.evaluate();

        postReevaluation(trial.storeId(), k, "{ \"reason\": \"corrected sales\" }")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("k");
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = {"{ \"reason\": \"   \" }", "{ \"reason\": \"\" }", "{}"})
    void refusesABlankReason(String body) {
        Trial trial = passingStoreLaunchedDaysAgo(40);
        trial.evaluate();

        postReevaluation(trial.storeId(), 1, body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        assertThat((Integer) JsonPath.read(trial.verdicts(), "$.total")).isEqualTo(1);
    }

    @Test
    void refusesAReasonLongerThanTwoThousandCharacters() {
        Trial trial = passingStoreLaunchedDaysAgo(40);
        trial.evaluate();

        postReevaluation(trial.storeId(), 1, "{ \"reason\": \"" + "x".repeat(2001) + "\" }")
                .expectStatus().isBadRequest();
    }

    @Test
    void answersNotFoundForAnUnknownStore() {
        postReevaluation(Long.MAX_VALUE, 1, "{ \"reason\": \"corrected sales\" }")
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
        http.post().uri("/api/stores/{id}/evaluations", Long.MAX_VALUE).exchange().expectStatus().isNotFound();
        http.get().uri("/api/stores/{id}/verdicts", Long.MAX_VALUE).exchange().expectStatus().isNotFound();
    }

    @Test
    void storeTerminatedForARevokedViolationReturnsToTrialAndHasItsDueCheckpointsDecided() {
        Trial trial = passingStoreLaunchedDaysAgo(250);
        long violation = trial.violation(40, "SERIOUS", 6);
        String terminated = trial.evaluate();
        assertThat((String) JsonPath.read(terminated, "$.status")).isEqualTo("TERMINATED");
        assertThat((List<String>) JsonPath.read(terminated, "$.decided[*].outcome")).containsExactly("PASSED", "FAILED");
        long failedId = id(terminated, "$.decided[1].id");

        trial.revoke(violation);
        String result = trial.reevaluate(2, REASON);

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("FORMAL");
        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(2, 3, 4);
        assertThat((List<String>) JsonPath.read(result, "$.decided[*].outcome")).containsOnly("PASSED");
        assertThat((List<String>) JsonPath.read(result, "$.decided[*].trigger")).containsOnly("REEVALUATION");
        assertThat(id(result, "$.decided[0].supersedes")).isEqualTo(failedId);
        assertThat((String) JsonPath.read(result, "$.decided[0].reason")).isEqualTo(REASON);
        assertThat((Integer) JsonPath.read(result, "$.decided[0].compliance.seriousViolations")).isZero();
        assertThat(JsonPath.<Object>read(result, "$.decided[1].supersedes")).isNull();
        long newTwo = id(result, "$.decided[0].id");
        long four = id(result, "$.decided[2].id");

        String verdicts = trial.verdicts();
        assertThat((Integer) JsonPath.read(verdicts, "$.total")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(verdicts, "$.page")).isZero();
        assertThat((Integer) JsonPath.read(verdicts, "$.size")).isGreaterThanOrEqualTo(5);
        assertThat((List<?>) JsonPath.read(verdicts, "$.items")).hasSize(5);
        assertThat((List<Boolean>) JsonPath.read(verdicts, "$.items[?(@.id == " + failedId + ")].current"))
                .containsExactly(false);
        assertThat((List<String>) JsonPath.read(verdicts, "$.items[?(@.id == " + failedId + ")].outcome"))
                .containsExactly("FAILED");
        assertThat((List<Boolean>) JsonPath.read(verdicts, "$.items[?(@.id == " + newTwo + ")].current"))
                .containsExactly(true);
        assertThat((List<Integer>) JsonPath.read(verdicts, "$.items[?(@.current == true)].checkpoint"))
                .containsExactlyInAnyOrder(1, 2, 3, 4);

        String history = trial.statusHistory();
        assertThat((Integer) JsonPath.read(history, "$.total")).isEqualTo(3);
        assertThat((List<String>) JsonPath.read(history, "$.items[*].fromStatus"))
                .containsExactly("TRIAL", "TERMINATED", "TRIAL");
        assertThat((List<String>) JsonPath.read(history, "$.items[*].toStatus"))
                .containsExactly("TERMINATED", "TRIAL", "FORMAL");
        assertThat((List<String>) JsonPath.read(history, "$.items[*].cause"))
                .containsExactly("CHECKPOINT_FAILED", "REEVALUATION", "TRIAL_PASSED");
        assertThat((List<Integer>) JsonPath.read(history, "$.items[*].checkpoint")).containsExactly(2, 2, 4);
        assertThat(TrialLifecycleIntegrationTests.ids(history, "$.items[*].verdictId"))
                .containsExactly(failedId, newTwo, four);
        assertThat((String) JsonPath.read(history, "$.items[1].reason")).isEqualTo(REASON);
        assertThat((String) JsonPath.read(trial.store(), "$.status")).isEqualTo("FORMAL");
    }

    @Test
    void storeReturnsToTrialWhenNoLaterCheckpointIsDueYet() {
        // today is day 101: checkpoint 3 is not due
        Trial trial = passingStoreLaunchedDaysAgo(100);
        long violation = trial.violation(40, "SERIOUS", 6);
        trial.evaluate();
        trial.revoke(violation);

        String result = trial.reevaluate(2, REASON);

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("TRIAL");
        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(2);
        assertThat((String) JsonPath.read(result, "$.decided[0].outcome")).isEqualTo("PASSED");
        assertThat((String) JsonPath.read(trial.store(), "$.status")).isEqualTo("TRIAL");
        assertThat((List<String>) JsonPath.read(trial.statusHistory(), "$.items[*].toStatus"))
                .containsExactly("TERMINATED", "TRIAL");

        clock.setToday(trial.dueDate(3));
        trial.sales(101, 150, "5000.00");
        String later = trial.evaluate();
        assertThat((List<Integer>) JsonPath.read(later, "$.decided[*].checkpoint")).containsExactly(3);
        assertThat((String) JsonPath.read(later, "$.decided[0].trigger")).isEqualTo("REQUEST");
    }

    @Test
    void formalStoreWhosePassedCheckpointNowFailsIsTerminatedAndLaterVerdictsStopBeingCurrent() {
        Trial trial = passingStoreLaunchedDaysAgo(250);
        String formal = trial.evaluate();
        assertThat((String) JsonPath.read(formal, "$.status")).isEqualTo("FORMAL");
        long oldThree = id(formal, "$.decided[2].id");
        long oldFour = id(formal, "$.decided[3].id");
        // recorded late, but it occurred on day 100, within checkpoint 3's days
        trial.violation(100, "SERIOUS", 12);

        String result = trial.reevaluate(3, REASON);

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("TERMINATED");
        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(3);
        assertThat((String) JsonPath.read(result, "$.decided[0].outcome")).isEqualTo("FAILED");
        assertThat(id(result, "$.decided[0].supersedes")).isEqualTo(oldThree);
        assertThat((List<String>) JsonPath.read(result, "$.decided[0].failedRequirements"))
                .containsExactly("COMPLIANCE");
        long newThree = id(result, "$.decided[0].id");

        String verdicts = trial.verdicts();
        assertThat((Integer) JsonPath.read(verdicts, "$.total")).isEqualTo(5);
        assertThat((List<Integer>) JsonPath.read(verdicts, "$.items[?(@.current == true)].checkpoint"))
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat((List<Boolean>) JsonPath.read(verdicts, "$.items[?(@.id == " + oldFour + ")].current"))
                .containsExactly(false);
        assertThat((List<Boolean>) JsonPath.read(verdicts, "$.items[?(@.id == " + oldThree + ")].current"))
                .containsExactly(false);

        String history = trial.statusHistory();
        assertThat((List<String>) JsonPath.read(history, "$.items[*].toStatus")).containsExactly("FORMAL", "TERMINATED");
        assertThat((String) JsonPath.read(history, "$.items[1].fromStatus")).isEqualTo("FORMAL");
        assertThat((String) JsonPath.read(history, "$.items[1].cause")).isEqualTo("REEVALUATION");
        assertThat((Integer) JsonPath.read(history, "$.items[1].checkpoint")).isEqualTo(3);
        assertThat(id(history, "$.items[1].verdictId")).isEqualTo(newThree);
        assertThat((String) JsonPath.read(history, "$.items[1].reason")).contains(REASON);

        String again = trial.evaluate();
        assertThat((List<?>) JsonPath.read(again, "$.decided")).isEmpty();
        assertThat((String) JsonPath.read(again, "$.status")).isEqualTo("TERMINATED");
    }

    @Test
    void reevaluationWithUnchangedOutcomeSupersedesTheVerdictButLeavesTheStatus() {
        Trial trial = passingStoreLaunchedDaysAgo(40);
        long first = id(trial.evaluate(), "$.decided[0].id");
        trial.salesOn(Map.of(1, "6000.00"));
        BigDecimal corrected = new BigDecimal("5000.00").multiply(BigDecimal.valueOf(29)).add(new BigDecimal("6000.00"));

        String result = trial.reevaluate(1, "corrected sales of day 1");

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("TRIAL");
        assertThat(id(result, "$.decided[0].supersedes")).isEqualTo(first);
        assertThat(Fixtures.decimal(result, "$.decided[0].sales.cumulative")).isEqualByComparingTo(corrected);
        assertThat((Integer) JsonPath.read(trial.statusHistory(), "$.total")).isZero();
        String verdicts = trial.verdicts();
        assertThat((List<Boolean>) JsonPath.read(verdicts, "$.items[*].current")).containsExactlyInAnyOrder(false, true);
    }

    @Test
    void reasonOfTwoThousandCharactersIsKeptWhenTheReevaluationTerminatesTheStore() {
        Trial trial = passingStoreLaunchedDaysAgo(250);
        trial.evaluate();
        trial.violation(100, "SERIOUS", 12);
        String longReason = "r".repeat(2000);

        String result = trial.reevaluate(3, longReason);

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("TERMINATED");
        assertThat((String) JsonPath.read(result, "$.decided[0].reason")).isEqualTo(longReason);
        String history = trial.statusHistory();
        assertThat((String) JsonPath.read(history, "$.items[1].cause")).isEqualTo("REEVALUATION");
        assertThat((String) JsonPath.read(history, "$.items[1].reason")).hasSizeLessThanOrEqualTo(2000)
                .startsWith("r".repeat(1000)).contains("COMPLIANCE");
    }

    @Test
    void storeTerminatedAtCheckpointFourBecomesFormalWhenCorrectedSalesPassOnReevaluation() {
        // days 151..210 were reported as nothing: checkpoint 4 misses both ways
        Trial trial = new Fixtures(http).launch(TODAY.minusDays(250)).sales(1, 150, "5000.00")
                .sales(151, 210, "0.00").score(20, "4.80");
        String terminated = trial.evaluate();
        assertThat((String) JsonPath.read(terminated, "$.status")).isEqualTo("TERMINATED");
        long failedFour = id(terminated, "$.decided[3].id");

        trial.sales(151, 210, "5000.00");
        String result = trial.reevaluate(4, "sales feed replayed");

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("FORMAL");
        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(4);
        assertThat(id(result, "$.decided[0].supersedes")).isEqualTo(failedFour);
        assertThat((String) JsonPath.read(result, "$.decided[0].sales.basis")).isEqualTo("MONTHLY_AVERAGE");
        String history = trial.statusHistory();
        assertThat((List<String>) JsonPath.read(history, "$.items[*].toStatus"))
                .containsExactly("TERMINATED", "TRIAL", "FORMAL");
        assertThat((List<String>) JsonPath.read(history, "$.items[*].cause"))
                .containsExactly("CHECKPOINT_FAILED", "REEVALUATION", "REEVALUATION");
        assertThat((String) JsonPath.read(trial.store(), "$.status")).isEqualTo("FORMAL");
    }
}
