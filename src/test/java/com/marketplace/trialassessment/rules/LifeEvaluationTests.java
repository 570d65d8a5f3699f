package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one function behind every evaluation: what is decided, what stops being current, how the status
 * changes, and what is planned next. Facts are given per checkpoint as "pass", "fail" (sales miss) or
 * "none" (no score snapshot in the window).
 */
class LifeEvaluationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    static final LifeEvaluation EVALUATION = new LifeEvaluation(new CheckpointRules(new CompliancePolicy(12)),
            new AnnualRules(new CompliancePolicy(12)));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                 status, outcomes, today (day), facts 1..4,              decided,  awaiting, status after, changes,                        next
            nothing due before day 31,              TRIAL,  -,        30,  pass pass pass pass,             -,        -,        TRIAL,       -,                              1
            checkpoint 1 passes,                    TRIAL,  -,        31,  pass pass pass pass,             1P,       -,        TRIAL,       -,                              2
            checkpoint 1 fails: terminated,         TRIAL,  -,        31,  fail pass pass pass,             1F,       -,        TERMINATED,  TRIAL>TERMINATED:CHECKPOINT_FAILED, -
            registered late: 1 to 3 in one go,      TRIAL,  -,        201, pass pass pass pass,             1P 2P 3P, -,        TRIAL,       -,                              4
            stops at the first failure,             TRIAL,  -,        201, pass fail pass pass,             1P 2F,    -,        TERMINATED,  TRIAL>TERMINATED:CHECKPOINT_FAILED, -
            waits at a missing score,               TRIAL,  1P,       201, pass none pass pass,             -,        2,        TRIAL,       -,                              2
            a missing score holds back the rest,    TRIAL,  -,        201, pass none pass pass,             1P,       2,        TRIAL,       -,                              2
            checkpoint 4 passes: formal,            TRIAL,  1P 2P 3P, 211, pass pass pass pass,             4P,       -,        FORMAL,      TRIAL>FORMAL:TRIAL_PASSED,       -
            a terminated store decides nothing,     TERMINATED, 1F,   400, pass pass pass pass,             -,        -,        TERMINATED,  -,                              -
            """)
    void evaluatesWhatIsDue(String description, StoreStatus status, String outcomes, int todayDay, String facts,
            String decided, Integer awaiting, StoreStatus after, String changes, Integer next) {
        StoreLife life = life(status, outcomes);

        Evaluated evaluated = EVALUATION.evaluate(life, day(todayDay), TARGETS, facts(facts));

        assertThat(outcomes(evaluated)).isEqualTo(decided == null ? "" : decided);
        assertThat(evaluated.awaitingData().map(a -> ((Awaiting.AtCheckpoint) a).checkpoint().number()))
                .isEqualTo(Optional.ofNullable(awaiting));
        assertThat(evaluated.status()).isEqualTo(after);
        assertThat(changes(evaluated)).isEqualTo(changes == null ? "" : changes);
        assertThat(evaluated.next().map(PlannedDecision::number)).isEqualTo(Optional.ofNullable(next));
        assertThat(evaluated.next()).isEqualTo(LifePlan.next(evaluated.life()));
        assertThat(evaluated.notCurrent()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                              status,     outcomes,    k, today, facts 1..4,          decided,  not current, status after, changes,                                                    next
            an upheld appeal returns a terminated store to trial, TERMINATED, 1P 2F,      2, 100,   pass pass pass pass, 2P,       2,           TRIAL,       TERMINATED>TRIAL:REEVALUATION,                              3
            back on trial the later due checkpoints follow,      TERMINATED, 1P 2F,       2, 211,   pass pass pass pass, 2P 3P 4P, 2,           FORMAL,      TERMINATED>TRIAL:REEVALUATION TRIAL>FORMAL:TRIAL_PASSED,    -
            back on trial and failing a later checkpoint,        TERMINATED, 1P 2F,       2, 211,   pass pass fail pass, 2P 3F,    2,           TERMINATED,  TERMINATED>TRIAL:REEVALUATION TRIAL>TERMINATED:CHECKPOINT_FAILED, -
            a formal store failing checkpoint 4 now,             FORMAL,     1P 2P 3P 4P, 4, 300,   pass pass pass fail, 4F,       4,           TERMINATED,  FORMAL>TERMINATED:REEVALUATION,                             -
            a formal store whose 4 passed the last 30 days again, FORMAL,    1P 2P 3P 4P, 4, 300,   pass pass pass pass, 4P,       4,           FORMAL,      -,                                                          -
            an earlier failure withdraws the later verdicts,     TRIAL,      1P 2P 3P,    1, 180,   fail pass pass pass, 1F,       1 2 3,       TERMINATED,  TRIAL>TERMINATED:REEVALUATION,                              -
            terminated at 2 and now also failing 1: no change,   TERMINATED, 1P 2F,       1, 180,   fail pass pass pass, 1F,       1 2,         TERMINATED,  -,                                                          -
            terminated at 1 straight to formal: two changes,     TERMINATED, 1F,          1, 211,   pass pass pass pass, 1P 2P 3P 4P, 1,        FORMAL,      TERMINATED>TRIAL:REEVALUATION TRIAL>FORMAL:TRIAL_PASSED,    -
            """)
    void reevaluatesAndFollowsTheCurrentResults(String description, StoreStatus status, String outcomes, int k,
            int todayDay, String facts, String decided, String notCurrent, StoreStatus after, String changes,
            Integer next) {
        StoreLife life = life(status, outcomes);

        Evaluated evaluated = EVALUATION.reevaluate(life, Checkpoint.of(k), day(todayDay), TARGETS, facts(facts),
                "appeal 2026-118");

        assertThat(outcomes(evaluated)).isEqualTo(decided);
        assertThat(evaluated.notCurrent()).containsExactlyInAnyOrderElementsOf(TrialProgressTests.checkpoints(notCurrent));
        assertThat(evaluated.status()).isEqualTo(after);
        assertThat(changes(evaluated)).isEqualTo(changes == null ? "" : changes);
        assertThat(evaluated.next().map(PlannedDecision::number)).isEqualTo(Optional.ofNullable(next));
        assertThat(evaluated.statusChanges()).allSatisfy(change -> assertThat(change.verdict()).isBetween(0,
                evaluated.decided().size() - 1));
    }

    @Test
    void aTerminationByReevaluationGivesTheReasonAndWhatFailed() {
        StoreLife formal = life(StoreStatus.FORMAL, "1P 2P 3P 4P");

        Evaluated evaluated = EVALUATION.reevaluate(formal, Checkpoint.FOURTH, day(300), TARGETS,
                facts("pass pass pass fail"), "corrected sales feed");

        assertThat(evaluated.statusChanges()).singleElement().extracting(StatusChange::reason)
                .isEqualTo("corrected sales feed (checkpoint 4 failed: SALES)");
    }

    @Test
    void aReasonTooLongForTheHistoryIsShortenedBeforeWhatFailed() {
        StoreLife formal = life(StoreStatus.FORMAL, "1P 2P 3P 4P");
        String reason = "x".repeat(StatusChange.MAX_REASON_LENGTH);

        Evaluated evaluated = EVALUATION.reevaluate(formal, Checkpoint.FOURTH, day(300), TARGETS,
                facts("pass pass pass fail"), reason);

        String kept = evaluated.statusChanges().get(0).reason();
        assertThat(kept).hasSize(StatusChange.MAX_REASON_LENGTH).endsWith("\u2026 (checkpoint 4 failed: SALES)");
    }

    @Test
    void aReevaluationWithoutAScoreChangesNothing() {
        StoreLife life = life(StoreStatus.TERMINATED, "1P 2F");

        Evaluated evaluated = EVALUATION.reevaluate(life, Checkpoint.SECOND, day(100), TARGETS,
                facts("pass none pass pass"), "appeal");

        assertThat(evaluated.decided()).isEmpty();
        assertThat(evaluated.awaitingData()).isPresent();
        assertThat(evaluated.life()).isEqualTo(life);
        assertThat(evaluated.statusChanges()).isEmpty();
    }

    @Test
    void onlyADecidedCheckpointCanBeReevaluated() {
        StoreLife life = life(StoreStatus.TRIAL, "1P");

        assertThatIllegalArgumentException().isThrownBy(() -> EVALUATION.reevaluate(life, Checkpoint.SECOND,
                day(100), TARGETS, facts("pass pass pass pass"), "appeal"));
    }

    @Test
    void asksForTheWindowsOfWhatIsDue() {
        StoreLife life = life(StoreStatus.TRIAL, "1P");

        assertThat(EVALUATION.windows(life, day(201))).containsExactly(Checkpoint.SECOND.window(LAUNCH),
                Checkpoint.THIRD.window(LAUNCH));
        assertThat(EVALUATION.reevaluationWindows(life, Checkpoint.FIRST, day(201))).containsExactly(
                Checkpoint.FIRST.window(LAUNCH), Checkpoint.SECOND.window(LAUNCH), Checkpoint.THIRD.window(LAUNCH));
    }

    static final TargetSet TARGETS = CheckpointRulesTests.TARGETS;

    /** A life on the agreement of {@link #TARGETS}, which holds no annual standard: no year is assessed. */
    private static StoreLife life(StoreStatus status, String outcomes) {
        return new StoreLife(LAUNCH, status, TrialProgressTests.outcomes(outcomes), List.of(),
                Optional.of(Agreements.of(new AgreementVersion(1, LocalDate.of(2000, 1, 1), TARGETS))));
    }

    private static LocalDate day(int n) {
        return Checkpoint.dayOfTrial(LAUNCH, n);
    }

    /** Facts per checkpoint 1..4: "pass" meets every target, "fail" misses sales, "none" lacks a score. */
    private static Map<FactsWindow, WindowFacts> facts(String spec) {
        String[] kinds = spec.trim().split("\\s+");
        Map<FactsWindow, WindowFacts> facts = new HashMap<>();
        for (Checkpoint checkpoint : Checkpoint.values()) {
            String kind = kinds[checkpoint.number() - 1];
            BigDecimal needed = TARGETS.target(checkpoint).salesTarget().multiply(BigDecimal.valueOf(checkpoint.months()));
            BigDecimal sales = kind.equals("fail") ? needed.subtract(new BigDecimal("0.01")) : needed;
            Optional<ScoreSnapshot> score = kind.equals("none") ? Optional.empty()
                    : Optional.of(new ScoreSnapshot(LAUNCH, new BigDecimal("5.00")));
            facts.put(checkpoint.window(LAUNCH), new WindowFacts(sales,
                    checkpoint.isLast() ? BigDecimal.ZERO : null, score, List.of()));
        }
        return facts;
    }

    private static String outcomes(Evaluated evaluated) {
        return String.join(" ", evaluated.decided().stream()
                .map(r -> r.checkpoint().number() + (r.passed() ? "P" : "F")).toList());
    }

    private static String changes(Evaluated evaluated) {
        return String.join(" ", evaluated.statusChanges().stream()
                .map(c -> c.from() + ">" + c.to() + ":" + c.cause()).toList());
    }
}
