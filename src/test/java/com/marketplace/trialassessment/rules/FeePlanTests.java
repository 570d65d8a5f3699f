package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Section 5's "when": which statement a year calls for, due when, over which trading days; the plan
 * takes them after every other decision of their date; an awaiting checkpoint never holds one back;
 * a later decision that changes a year's trading days or cause makes its statement void and issues
 * the right one.
 */
class FeePlanTests {

    static final LifeEvaluation EVALUATION = new LifeEvaluation(new CheckpointRules(new CompliancePolicy(12)),
            new AnnualRules(new CompliancePolicy(12)));
    static final AgreementVersion WITH_FEE = FeeRulesTests.agreement("60000.00", "360000.00", "1200000.00");
    static final AgreementVersion WITHOUT_FEE = new AgreementVersion(7, LocalDate.of(2000, 1, 1),
            CheckpointRulesTests.TARGETS);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                          launch,     status,     outcomes, serious, year, cause,      first,      last,       due
            a store trading on 1 January: YEAR_END from its launch date,      2026-03-10, TRIAL,      1P,       false,   2026, YEAR_END,   2026-03-10, 2026-12-31, 2027-01-01
            a later year runs from 1 January,                                 2025-06-01, TRIAL,      1P 2P 3P, false,   2026, YEAR_END,   2026-01-01, 2026-12-31, 2027-01-01
            a year before the launch has none,                                2026-03-10, TRIAL,      -,        false,   2025, -,          -,          -,          -
            worked example: failed at checkpoint 2 is due on day 91,          2026-03-10, TERMINATED, 1P 2F,    false,   2026, TERMINATED, 2026-03-10, 2026-06-07, 2026-06-08
            failed on a serious violation: forfeited,                         2026-03-10, TERMINATED, 1P 2F,    true,    2026, TERMINATED, 2026-03-10, 2026-06-07, 2026-06-08
            a trial over a year end: YEAR_END of the first year,              2025-11-01, TERMINATED, 1P 2F,    false,   2025, YEAR_END,   2025-11-01, 2025-12-31, 2026-01-01
            then TERMINATED in the year of the last trading day,              2025-11-01, TERMINATED, 1P 2F,    false,   2026, TERMINATED, 2026-01-01, 2026-01-29, 2026-01-30
            nothing after the year a store left,                              2025-11-01, TERMINATED, 1P 2F,    false,   2027, -,          -,          -,          -
            a formal store's year,                                            2025-01-10, FORMAL,     1P 2P 3P 4P, false, 2026, YEAR_END,  2026-01-01, 2026-12-31, 2027-01-01
            """)
    void callsForTheYearsStatement(String description, LocalDate launch, StoreStatus status, String outcomes,
            boolean serious, int year, FeeCause cause, LocalDate first, LocalDate last, LocalDate due) {
        StoreLife life = new StoreLife(launch, status, TrialProgressTests.outcomes(outcomes), List.of(),
                Optional.of(Agreements.of(WITH_FEE)), List.of(), serious);

        Optional<FeeDue> fee = LifePlan.feeOf(life, year);

        if (cause == null) {
            assertThat(fee).isEmpty();
            return;
        }
        assertThat(fee).contains(new FeeDue(year, cause, new DateRange(first, last), due,
                serious && cause == FeeCause.TERMINATED));
    }

    @Test
    void theNextStatementIsTheFirstNotIssuedAndComesAfterACheckpointOfTheSameDate() {
        // launched 2026-10-03: checkpoint 2 is due on day 91, 2027-01-01, as is the YEAR_END of 2026
        LocalDate launch = LocalDate.of(2026, 10, 3);
        assertThat(Checkpoint.SECOND.dueDate(launch)).isEqualTo(LocalDate.of(2027, 1, 1));
        StoreLife life = new StoreLife(launch, StoreStatus.TRIAL, TrialProgressTests.outcomes("1P"), List.of(),
                Optional.of(Agreements.of(WITH_FEE)), List.of(), false);

        assertThat(LifePlan.pending(life)).containsExactly(
                new PlannedDecision(DecisionKind.CHECKPOINT, 2, LocalDate.of(2027, 1, 1)),
                new PlannedDecision(DecisionKind.FEE_STATEMENT, 2026, LocalDate.of(2027, 1, 1)));
        assertThat(LifePlan.nextCheckpoint(life)).contains(Checkpoint.SECOND);

        StoreLife issued = life.withFees(List.of(new FeeRecord(5, 2026, FeeCause.YEAR_END,
                new DateRange(launch, LocalDate.of(2026, 12, 31)), false)), java.util.Set.of());
        assertThat(LifePlan.nextFee(issued)).contains(new FeeDue(2027, FeeCause.YEAR_END,
                new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), LocalDate.of(2028, 1, 1), false));
    }

    @Test
    void aYearWhoseAgreementHasNoFeeTermsGetsNoStatement() {
        StoreLife life = new StoreLife(LocalDate.of(2026, 3, 10), StoreStatus.TRIAL, Map.of(), List.of(),
                Optional.of(Agreements.of(WITHOUT_FEE)), List.of(), false);

        assertThat(LifePlan.nextFee(life)).isEmpty();
        assertThat(LifePlan.pending(life)).extracting(PlannedDecision::kind).containsExactly(DecisionKind.CHECKPOINT);
    }

    @Test
    void aFailedCheckpointIssuesItsStatementInTheSameEvaluation() {
        LocalDate launch = LocalDate.of(2026, 3, 10);
        StoreLife life = new StoreLife(launch, StoreStatus.TRIAL, TrialProgressTests.outcomes("1P"), List.of(),
                Optional.of(Agreements.of(WITH_FEE)), List.of(), false);
        LocalDate today = LocalDate.of(2026, 6, 8);
        DateRange trading = new DateRange(launch, LocalDate.of(2026, 6, 7));
        // the trading days are days 1..90, checkpoint 2's window: one set of facts serves both
        assertThat(FactsWindow.of(trading)).isEqualTo(Checkpoint.SECOND.window(launch));
        Map<FactsWindow, WindowFacts> facts = new HashMap<>();
        facts.put(Checkpoint.SECOND.window(launch), checkpointFacts(Checkpoint.SECOND, launch, "90000.00"));

        Evaluated evaluated = EVALUATION.evaluate(life, today, CheckpointRulesTests.TARGETS, facts);

        assertThat(evaluated.status()).isEqualTo(StoreStatus.TERMINATED);
        assertThat(evaluated.feesIssued()).singleElement().satisfies(statement -> {
            assertThat(statement.cause()).isEqualTo(FeeCause.TERMINATED);
            assertThat(statement.due().tradingDays()).isEqualTo(trading);
            assertThat(statement.tier()).isEqualTo(FeeTier.HALF);
            assertThat(statement.totalRefund()).isEqualByComparingTo("50000.00");
        });
        assertThat(evaluated.next()).isEmpty();
    }

    @Test
    void anAwaitingCheckpointDoesNotHoldTheYearEndBackAndItsLaterFailureVoidsIt() {
        // checkpoint 4 of a store launched 2026-05-01 is due on 2026-11-27 (day 211); its score is late
        LocalDate launch = LocalDate.of(2026, 5, 1);
        StoreLife life = new StoreLife(launch, StoreStatus.TRIAL, TrialProgressTests.outcomes("1P 2P 3P"), List.of(),
                Optional.of(Agreements.of(WITH_FEE)), List.of(), false);
        DateRange year = new DateRange(launch, LocalDate.of(2026, 12, 31));
        Map<FactsWindow, WindowFacts> facts = new HashMap<>();
        facts.put(Checkpoint.FOURTH.window(launch), new WindowFacts(new BigDecimal("1.00"), BigDecimal.ZERO,
                Optional.empty(), List.of()));
        facts.put(FactsWindow.of(year), new WindowFacts(new BigDecimal("10.00"), null, Optional.empty(), List.of()));

        Evaluated onNewYear = EVALUATION.evaluate(life, LocalDate.of(2027, 1, 1), CheckpointRulesTests.TARGETS, facts);

        assertThat(onNewYear.awaitingData()).isPresent();
        assertThat(onNewYear.feesIssued()).extracting(FeeStatement::cause).containsExactly(FeeCause.YEAR_END);

        // the score arrives in January: checkpoint 4 fails on sales, the store left on 2026-11-27
        StoreLife afterNewYear = onNewYear.life().withFees(List.of(new FeeRecord(41, 2026, FeeCause.YEAR_END, year,
                false)), java.util.Set.of(-1L));
        LocalDate due = Checkpoint.FOURTH.dueDate(launch);
        DateRange trading = new DateRange(launch, due.minusDays(1));
        facts.put(Checkpoint.FOURTH.window(launch), checkpointFacts(Checkpoint.FOURTH, launch, "1.00"));
        facts.put(FactsWindow.of(trading), new WindowFacts(new BigDecimal("10.00"), null, Optional.empty(), List.of()));

        Evaluated later = EVALUATION.evaluate(afterNewYear, LocalDate.of(2027, 1, 20), CheckpointRulesTests.TARGETS,
                facts);

        assertThat(later.status()).isEqualTo(StoreStatus.TERMINATED);
        assertThat(later.feesVoided()).containsExactly(41L);
        assertThat(later.feesIssued()).singleElement().satisfies(statement -> {
            assertThat(statement.cause()).isEqualTo(FeeCause.TERMINATED);
            assertThat(statement.year()).isEqualTo(2026);
            assertThat(statement.due().dueOn()).isEqualTo(due);
            assertThat(statement.due().tradingDays()).isEqualTo(trading);
        });
    }

    @Test
    void aReinstatedTrialVoidsItsTerminatedStatement() {
        LocalDate launch = LocalDate.of(2026, 3, 10);
        DateRange trading = new DateRange(launch, LocalDate.of(2026, 6, 7));
        StoreLife terminated = new StoreLife(launch, StoreStatus.TERMINATED, TrialProgressTests.outcomes("1P 2F"),
                List.of(), Optional.of(Agreements.of(WITH_FEE)),
                List.of(new FeeRecord(9, 2026, FeeCause.TERMINATED, trading, false)), false);
        Map<FactsWindow, WindowFacts> facts = new HashMap<>();
        for (Checkpoint checkpoint : List.of(Checkpoint.FIRST, Checkpoint.SECOND)) {
            facts.put(checkpoint.window(launch), checkpointFacts(checkpoint, launch, "0.00"));
        }

        Evaluated evaluated = EVALUATION.reevaluate(terminated, Checkpoint.SECOND, LocalDate.of(2026, 7, 1),
                CheckpointRulesTests.TARGETS, facts, "appeal upheld");

        assertThat(evaluated.status()).isEqualTo(StoreStatus.TRIAL);
        assertThat(evaluated.feesVoided()).containsExactly(9L);
        assertThat(evaluated.feesIssued()).isEmpty();
        assertThat(evaluated.life().fees()).isEmpty();
        assertThat(LifePlan.nextFee(evaluated.life())).map(FeeDue::cause).contains(FeeCause.YEAR_END);
    }

    /** The checkpoint's facts, with a top score: its sales target met, or missed by {@code short}. */
    private static WindowFacts checkpointFacts(Checkpoint checkpoint, LocalDate launch, String shortBy) {
        BigDecimal needed = CheckpointRulesTests.TARGETS.target(checkpoint).salesTarget()
                .multiply(BigDecimal.valueOf(checkpoint.months()));
        return new WindowFacts(needed.subtract(new BigDecimal(shortBy)), checkpoint.isLast() ? BigDecimal.ZERO : null,
                Optional.of(new ScoreSnapshot(checkpoint.window(launch).period().last(), new BigDecimal("5.00"))),
                List.of());
    }
}
