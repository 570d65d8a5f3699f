package com.marketplace.trialassessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/** Whole trials, end to end over HTTP. */
@IntegrationTest
class TrialLifecycleIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    /** A store launched {@code days} days before today: today is day days+1. */
    TrialScenario launchedDaysAgo(int days) {
        return TrialScenario.launch(http, TODAY.minusDays(days));
    }

    @Test
    void storeThatMeetsEveryTargetBecomesFormalInOneEvaluation() {
        TrialScenario trial = launchedDaysAgo(250).sales(1, 210, "5000.00").score(85, "4.80").score(200, "4.75");

        String result = trial.evaluate();

        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("FORMAL");
        assertThat((List<Integer>) JsonPath.read(result, "$.decided[*].checkpoint")).containsExactly(1, 2, 3, 4);
        assertThat((List<String>) JsonPath.read(result, "$.decided[*].outcome")).containsOnly("PASSED");
        assertThat((Object) JsonPath.read(result, "$.awaitingData")).isNull();
        assertThat(TrialScenario.decimal(result, "$.decided[3].sales.cumulative")).isEqualByComparingTo("1050000.00");
        assertThat((String) JsonPath.read(result, "$.decided[3].sales.basis")).isEqualTo("MONTHLY_AVERAGE");
        assertThat((String) JsonPath.read(result, "$.decided[3].serviceScore.scoreDate"))
                .isEqualTo(trial.day(200).toString());
        assertThat((String) JsonPath.read(result, "$.decided[0].trigger")).isEqualTo("REQUEST");
        assertThat((String) JsonPath.read(result, "$.decided[0].dueDate")).isEqualTo(trial.day(31).toString());
        assertThat((String) JsonPath.read(trial.store(), "$.status")).isEqualTo("FORMAL");

        String again = trial.evaluate();
        assertThat((List<?>) JsonPath.read(again, "$.decided")).isEmpty();
        assertThat((Integer) JsonPath.read(trial.verdicts(), "$.total")).isEqualTo(4);
    }
}
