package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a store's life holds next, for every state a store can be in. */
class LifePlanTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                      status,     outcomes,     next checkpoint, due on
            just registered: checkpoint 1 on day 31,     TRIAL,      -,            1,               2026-03-31
            checkpoint 1 passed: checkpoint 2,           TRIAL,      1P,           2,               2026-05-30
            checkpoints 1 and 2 passed: checkpoint 3,    TRIAL,      1P 2P,        3,               2026-07-29
            three passed: checkpoint 4 on day 211,       TRIAL,      1P 2P 3P,     4,               2026-09-27
            all four passed: nothing left on trial,      FORMAL,     1P 2P 3P 4P,  -,               -
            failed at checkpoint 1: nothing left,        TERMINATED, 1F,           -,               -
            failed at checkpoint 3: nothing left,        TERMINATED, 1P 2P 3F,     -,               -
            re-evaluated back to trial after 2 failed,   TRIAL,      1P 2P,        3,               2026-07-29
            re-evaluated back to trial at checkpoint 2,  TRIAL,      1P,           2,               2026-05-30
            """)
    void plansTheNextDecision(String description, StoreStatus status, String outcomes, Integer next,
            LocalDate dueOn) {
        StoreLife life = new StoreLife(LAUNCH, status, TrialProgressTests.outcomes(outcomes));

        Optional<PlannedDecision> planned = LifePlan.next(life);

        if (next == null) {
            assertThat(planned).isEmpty();
        }
        else {
            assertThat(planned).contains(new PlannedDecision(DecisionKind.CHECKPOINT, next, dueOn));
            assertThat(planned.get().checkpoint().dueDate(LAUNCH)).isEqualTo(dueOn);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                       status,     outcomes,  today,      due
            before checkpoint 1 is due: nothing,          TRIAL,      -,         2026-03-30, -
            on checkpoint 1's due date: it is due,        TRIAL,      -,         2026-03-31, 1
            registered late: 1 to 3 due at once,          TRIAL,      -,         2026-09-20, 1 2 3
            waiting for a score at 2 with 3 not due yet,  TRIAL,      1P,        2026-07-28, 2
            long after: the rest of the trial is due,     TRIAL,      1P,        2027-01-01, 2 3 4
            terminated: nothing is ever due,              TERMINATED, 1P 2F,     2027-01-01, -
            formal: nothing is due on trial,              FORMAL,     1P 2P 3P 4P, 2027-01-01, -
            """)
    void listsWhatIsDueInOrder(String description, StoreStatus status, String outcomes, LocalDate today,
            String due) {
        StoreLife life = new StoreLife(LAUNCH, status, TrialProgressTests.outcomes(outcomes));

        List<PlannedDecision> planned = LifePlan.due(life, today);

        assertThat(planned).extracting(PlannedDecision::checkpoint).containsExactlyElementsOf(
                TrialProgressTests.checkpoints(due));
        assertThat(planned).allSatisfy(d -> assertThat(d.isDueOn(today)).isTrue());
    }
}
