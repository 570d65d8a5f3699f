package com.marketplace.trialassessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.FormalYears;
import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * The next decision stored with a store is, in every state a store can be in, what the rules plan
 * from its status and current verdicts, and what the API shows as {@code nextDecision}.
 */
@IntegrationTest
class StoredPlanIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void aNewStoreWaitsForCheckpointOneOnDay31AndKeepsItUntilThen() {
        Trial trial = new Fixtures(http).launch(TODAY.minusDays(10));
        assertPlanned(trial, DecisionKind.CHECKPOINT, 1, trial.dueDate(1));

        trial.evaluate();

        assertPlanned(trial, DecisionKind.CHECKPOINT, 1, trial.dueDate(1));
    }

    @Test
    void eachPassedCheckpointPlansTheNextAndCheckpointFourPlansTheFirstYearsAnnualAssessment() {
        Trial trial = new Fixtures(http)
                .launchWithTerms(TODAY.minusDays(215), Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE)
                .sales(1, 215, "5000.00")
                .score(80, "4.90");
        clock.setToday(trial.dueDate(1));
        trial.evaluate();
        assertPlanned(trial, DecisionKind.CHECKPOINT, 2, trial.dueDate(2));
        clock.setToday(trial.dueDate(3));
        trial.evaluate();
        assertPlanned(trial, DecisionKind.CHECKPOINT, 4, trial.dueDate(4));
        clock.setToday(TODAY);

        trial.evaluate();

        assertThat(status(trial)).isEqualTo("FORMAL");
        int firstYear = trial.dueDate(4).getYear();
        PlannedDecision annual = new PlannedDecision(DecisionKind.ANNUAL_ASSESSMENT, firstYear,
                FormalYears.assessmentDue(firstYear));
        assertThat(stored(trial)).contains(annual);
        assertThat((String) JsonPath.read(trial.store(), "$.nextDecision.kind")).isEqualTo("ANNUAL_ASSESSMENT");
        assertThat((Integer) JsonPath.read(trial.store(), "$.nextDecision.number")).isEqualTo(firstYear);
        assertThat((String) JsonPath.read(trial.store(), "$.nextDecision.dueOn"))
                .isEqualTo(annual.dueOn().toString());
    }

    @Test
    void aCheckpointWaitingForItsScoreStaysPlannedOnItsDueDateSoThatTheNextRunTriesAgain() {
        Trial trial = new Fixtures(http).launch(TODAY.minusDays(100)).sales(1, 100, "5000.00");

        String evaluated = trial.evaluate();

        assertThat((Integer) JsonPath.read(evaluated, "$.awaitingData.checkpoint")).isEqualTo(2);
        assertPlanned(trial, DecisionKind.CHECKPOINT, 2, trial.dueDate(2));
    }

    @Test
    void aTerminatedStoreHasNothingPlannedAndAReevaluationThatReturnsItToTrialPlansItsNextCheckpoint() {
        Trial trial = new Fixtures(http).launch(TODAY.minusDays(40)).sales(1, 40, "5000.00");
        long serious = trial.violation(3, "SERIOUS", 1);
        trial.evaluate();
        assertThat(status(trial)).isEqualTo("TERMINATED");
        assertNothingPlanned(trial);

        trial.revoke(serious);
        trial.reevaluate(1, "appeal upheld");

        assertThat(status(trial)).isEqualTo("TRIAL");
        assertPlanned(trial, DecisionKind.CHECKPOINT, 2, trial.dueDate(2));
    }

    @Test
    void theDailyRunStoresThePlanAsARequestDoes() {
        Trial trial = new Fixtures(http).launch(TODAY.minusDays(95)).sales(1, 95, "5000.00")
                .score(80, "4.90");

        http.post().uri("/api/evaluation-runs").exchange().expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> plannedNumber(trial) == 3);
        assertPlanned(trial, DecisionKind.CHECKPOINT, 3, trial.dueDate(3));
    }

    /** The stored plan, the one shown, and what the rules plan from the store's verdicts, all agree. */
    private void assertPlanned(Trial trial, DecisionKind kind, int number, LocalDate dueOn) {
        PlannedDecision expected = new PlannedDecision(kind, number, dueOn);
        assertThat(stored(trial)).contains(expected);
        assertThat(rulesPlan(trial)).contains(expected);
        String store = trial.store();
        assertThat((String) JsonPath.read(store, "$.nextDecision.kind")).isEqualTo(kind.name());
        assertThat((Integer) JsonPath.read(store, "$.nextDecision.number")).isEqualTo(number);
        assertThat((String) JsonPath.read(store, "$.nextDecision.dueOn")).isEqualTo(dueOn.toString());
    }

    private void assertNothingPlanned(Trial trial) {
        assertThat(stored(trial)).isEmpty();
        assertThat(rulesPlan(trial)).isEmpty();
        assertThat((Object) JsonPath.read(trial.store(), "$.nextDecision")).isNull();
    }

    private Optional<PlannedDecision> stored(Trial trial) {
        Map<String, Object> row = jdbc.queryForMap(
                "select next_decision, next_decision_number, next_decision_on from store where id = ?", trial.storeId());
        return row.get("next_decision") == null ? Optional.empty()
                : Optional.of(new PlannedDecision(DecisionKind.valueOf((String) row.get("next_decision")),
                        (Integer) row.get("next_decision_number"),
                        ((Date) row.get("next_decision_on")).toLocalDate()));
    }

    private int plannedNumber(Trial trial) {
        return stored(trial).map(PlannedDecision::number).orElse(0);
    }

    /** What the rules plan from the store's status and current verdicts as the API shows them. */
    private Optional<PlannedDecision> rulesPlan(Trial trial) {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        String verdicts = trial.verdicts();
        List<Integer> checkpoints = JsonPath.read(verdicts, "$.items[?(@.current == true)].checkpoint");
        List<String> results = JsonPath.read(verdicts, "$.items[?(@.current == true)].outcome");
        for (int i = 0; i < checkpoints.size(); i++) {
            outcomes.put(Checkpoint.of(checkpoints.get(i)), "PASSED".equals(results.get(i)));
        }
        return LifePlan.next(new StoreLife(trial.launchDate(), StoreStatus.valueOf(status(trial)), outcomes));
    }

    private static String status(Trial trial) {
        return JsonPath.read(trial.store(), "$.status");
    }
}
