package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrialProgressTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    /** Outcomes as "1P 2F": checkpoint number and P(assed) or F(ailed). */
    static Map<Checkpoint, Boolean> outcomes(String spec) {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        if (spec != null) {
            for (String item : spec.trim().split("\\s+")) {
                outcomes.put(Checkpoint.of(item.charAt(0) - '0'), item.charAt(1) == 'P');
            }
        }
        return outcomes;
    }

    static List<Checkpoint> checkpoints(String spec) {
        return spec == null ? List.of()
                : List.of(spec.trim().split("\\s+")).stream().map(n -> Checkpoint.of(Integer.parseInt(n))).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "null", textBlock = """
            # case,                                                 today (day n of the trial), outcomes, due undecided, standing
            day 30 has not ended: nothing is due,                   30,  null,         null,    TRIAL
            day 31: checkpoint 1 is due,                            31,  null,         1,       TRIAL
            registered late: checkpoints 1 to 3 in one evaluation,  201, null,         1 2 3,   TRIAL
            after checkpoint 1 passed only 2 is due by day 91,      91,  1P,           2,       TRIAL
            all decided checkpoints passed and the next not due,    100, 1P 2P,        null,    TRIAL
            a failed checkpoint stops everything,                   300, 1P 2F,        null,    TERMINATED
            a failure at checkpoint 1 stops everything,             300, 1F,           null,    TERMINATED
            long after the trial every missing one is due,          400, 1P,           2 3 4,   TRIAL
            all four passed: formal,                                400, 1P 2P 3P 4P,  null,    FORMAL
            checkpoint 4 due on day 211,                            211, 1P 2P 3P,     4,       TRIAL
            checkpoint 4 not due on day 210,                        210, 1P 2P 3P,     null,    TRIAL
            """)
    void decidesWhatComesNext(String description, int todayDay, String outcomes, String due, StoreStatus standing) {
        LocalDate today = Checkpoint.dayOfTrial(LAUNCH, todayDay);

        assertThat(TrialProgress.dueUndecided(LAUNCH, today, outcomes(outcomes))).isEqualTo(checkpoints(due));
        assertThat(TrialProgress.status(outcomes(outcomes))).isEqualTo(standing);
    }
}
