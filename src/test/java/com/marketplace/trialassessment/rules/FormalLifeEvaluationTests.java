package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The evaluation of a formal store's life, decision by decision: assessments on 1 January, warnings,
 * reviews, notices, clearances, a catch-up over two years, waiting for data, and re-evaluations that
 * withdraw what no longer stands. Every window is given its facts: a pass (sales at the whole year's
 * target, score 4.90) unless the test says otherwise.
 */
class FormalLifeEvaluationTests {

    static final LifeEvaluation EVALUATION = LifeEvaluationTests.EVALUATION;
    /** Launched 2025-01-10, formal since 2025-08-08: 146 formal days in 2025. */
    static final LocalDate LAUNCH = LocalDate.of(2025, 1, 10);
    static final TargetSet TARGETS = AnnualRulesTests.AGREEMENT.terms();
    static final DateRange DAYS_2025 = new DateRange(LocalDate.of(2025, 8, 8), LocalDate.of(2025, 12, 31));
    static final DateRange DAYS_2026 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    final Map<FactsWindow, WindowFacts> facts = new HashMap<>();

    @Test
    void aPassedFirstYearPlansTheNext() {
        Evaluated evaluated = EVALUATION.evaluate(formal(List.of()), day(2026, 1, 1), TARGETS, facts(DAYS_2025, true));

        AnnualResult result = evaluated.annualDecided().get(0);
        assertThat(result.year()).isEqualTo(2025);
        assertThat(result.assessment().window()).isEqualTo(DAYS_2025);
        assertThat(result.assessment().sales().proRatedTarget()).isEqualByComparingTo("480000.00");
        assertThat(result.consequence()).isEqualTo(Consequence.NONE);
        assertThat(evaluated.statusChanges()).isEmpty();
        assertThat(evaluated.next()).contains(new PlannedDecision(DecisionKind.ANNUAL_ASSESSMENT, 2026, day(2027, 1, 1)));
    }

    @Test
    void aFailedYearWarnsOnTheDayItIsDecidedAndThePassedReviewLiftsTheWarning() {
        Evaluated warned = EVALUATION.evaluate(formal(List.of()), day(2026, 1, 1), TARGETS, facts(DAYS_2025, false));

        assertThat(warned.annualDecided().get(0).consequence()).isEqualTo(Consequence.WARNED);
        assertThat(warned.formalState().orElseThrow().rectification()).contains(new Rectification(2025,
                new DateRange(day(2026, 1, 1), day(2026, 3, 31)), day(2026, 4, 1)));
        assertThat(changes(warned)).containsExactly("GOOD>WARNED:ANNUAL_WARNING");
        assertThat(warned.next()).contains(new PlannedDecision(DecisionKind.RECTIFICATION_REVIEW, 2025, day(2026, 4, 1)));

        Evaluated reviewed = EVALUATION.evaluate(lifeOf(warned), day(2026, 4, 1), TARGETS,
                facts(new DateRange(day(2026, 1, 1), day(2026, 3, 31)), true));

        assertThat(reviewed.annualDecided()).singleElement().satisfies(review -> {
            assertThat(review.kind()).isEqualTo(AnnualKind.RECTIFICATION);
            assertThat(review.year()).isEqualTo(2025);
            assertThat(review.assessment().sales().proRatedTarget()).isEqualByComparingTo("295890.41");
        });
        assertThat(changes(reviewed)).containsExactly("WARNED>GOOD:WARNING_LIFTED");
        assertThat(reviewed.next()).contains(new PlannedDecision(DecisionKind.ANNUAL_ASSESSMENT, 2026, day(2027, 1, 1)));
    }

    @Test
    void aFailedReviewGivesANoticeAndTheClearanceTakesEffectThirtyDaysLater() {
        Evaluated warned = EVALUATION.evaluate(formal(List.of()), day(2026, 1, 1), TARGETS, facts(DAYS_2025, false));
        Evaluated noticed = EVALUATION.evaluate(lifeOf(warned), day(2026, 4, 1), TARGETS,
                facts(new DateRange(day(2026, 1, 1), day(2026, 3, 31)), false));

        assertThat(noticed.annualDecided().get(0).clearanceCause()).isEqualTo(ClearanceCause.RECTIFICATION_FAILED);
        assertThat(noticed.formalState().orElseThrow().clearance())
                .contains(new Clearance(day(2026, 4, 1), day(2026, 5, 1), ClearanceCause.RECTIFICATION_FAILED));
        assertThat(changes(noticed)).containsExactly("WARNED>CLEARANCE_PENDING:CLEARANCE_NOTICE");
        assertThat(noticed.next()).contains(new PlannedDecision(DecisionKind.CLEARANCE, 2026, day(2026, 5, 1)));

        assertThat(EVALUATION.evaluate(lifeOf(noticed), day(2026, 4, 30), TARGETS, facts).statusChanges()).isEmpty();
        Evaluated cleared = EVALUATION.evaluate(lifeOf(noticed), day(2026, 5, 1), TARGETS, facts);

        assertThat(cleared.status()).isEqualTo(StoreStatus.CLEARED);
        assertThat(cleared.cleared()).isTrue();
        assertThat(cleared.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.from()).isEqualTo(StoreStatus.FORMAL);
            assertThat(change.to()).isEqualTo(StoreStatus.CLEARED);
            assertThat(change.fromStanding()).isEqualTo(Standing.CLEARANCE_PENDING);
            assertThat(change.toStanding()).isNull();
            assertThat(change.cause()).isEqualTo(StatusChangeCause.CLEARED);
        });
        assertThat(cleared.next()).isEmpty();
    }

    @Test
    void aStoreRegisteredWithTwoYearsOfHistoryIsDecidedInOneEvaluationWithItsNoticesDatedThatDay() {
        LocalDate launch = day(2024, 1, 1);
        StoreLife onTrial = new StoreLife(launch, StoreStatus.TRIAL, Map.of(), List.of(),
                Optional.of(Agreements.of(AnnualRulesTests.AGREEMENT)));
        for (Checkpoint checkpoint : Checkpoint.values()) {
            BigDecimal needed = TARGETS.target(checkpoint).salesTarget().multiply(BigDecimal.valueOf(checkpoint.months()));
            facts.put(checkpoint.window(launch), new WindowFacts(needed, checkpoint.isLast() ? BigDecimal.ZERO : null,
                    Optional.of(new ScoreSnapshot(launch, new BigDecimal("4.90"))), List.of()));
        }
        DateRange days2024 = new DateRange(day(2024, 7, 29), day(2024, 12, 31));
        facts(days2024, false);
        facts(new DateRange(day(2025, 1, 1), day(2025, 12, 31)), false);
        LocalDate today = day(2026, 3, 1);
        assertThat(EVALUATION.windows(onTrial, today)).contains(FactsWindow.of(days2024));

        Evaluated evaluated = EVALUATION.evaluate(onTrial, today, TARGETS, facts);

        assertThat(evaluated.decided()).hasSize(4).allMatch(CheckpointResult::passed);
        assertThat(evaluated.annualDecided()).extracting(AnnualResult::year, AnnualResult::consequence,
                AnnualResult::clearanceCause).containsExactly(
                        tuple(2024, Consequence.WARNED, null),
                        tuple(2025, Consequence.CLEARANCE_NOTICE,
                                ClearanceCause.REPEATED_FAILURE));
        assertThat(evaluated.annualDecided()).allMatch(r -> r.decidedOn().equals(today));
        assertThat(evaluated.annualDecided().get(0).assessment().window().days()).isEqualTo(156);
        assertThat(changes(evaluated)).containsExactly("null>GOOD:TRIAL_PASSED", "GOOD>WARNED:ANNUAL_WARNING",
                "WARNED>CLEARANCE_PENDING:CLEARANCE_NOTICE");
        assertThat(evaluated.formalState().orElseThrow().clearance())
                .contains(new Clearance(today, day(2026, 3, 31), ClearanceCause.REPEATED_FAILURE));
        assertThat(evaluated.next()).contains(new PlannedDecision(DecisionKind.CLEARANCE, 2026, day(2026, 3, 31)));
    }

    @Test
    void anAssessmentWithoutAScoreWaitsAndHoldsBackTheNextYears() {
        facts.put(FactsWindow.of(DAYS_2025), new WindowFacts(BigDecimal.ZERO, null, Optional.empty(), List.of()));
        facts(DAYS_2026, false);

        Evaluated waiting = EVALUATION.evaluate(formal(List.of()), day(2027, 2, 1), TARGETS, facts);

        assertThat(waiting.awaitingData()).contains(new Awaiting.Annual(AnnualKind.ANNUAL, 2025,
                List.of(MissingData.SERVICE_SCORE)));
        assertThat(waiting.annualDecided()).as("2026 depends on 2025").isEmpty();
        assertThat(waiting.next()).contains(new PlannedDecision(DecisionKind.ANNUAL_ASSESSMENT, 2025, day(2026, 1, 1)));
    }

    @Test
    void aClearanceTakesEffectEvenWhileAnAssessmentWaitsForItsScore() {
        // 2025 failed and was warned late; its review failed on 2026-12-15: cleared from 2027-01-14
        StoreLife noticed = formal(LifePlanTests.records(
                "A2025F:WARNED@2026-09-16 R2025F:CLEARANCE_NOTICE@2026-12-15"));
        facts.put(FactsWindow.of(DAYS_2026), new WindowFacts(BigDecimal.ZERO, null, Optional.empty(), List.of()));

        Evaluated evaluated = EVALUATION.evaluate(noticed, day(2027, 1, 20), TARGETS, facts);

        assertThat(evaluated.awaitingData()).contains(new Awaiting.Annual(AnnualKind.ANNUAL, 2026,
                List.of(MissingData.SERVICE_SCORE)));
        assertThat(evaluated.status()).isEqualTo(StoreStatus.CLEARED);
        assertThat(evaluated.next()).as("the year it traded past is still to be assessed")
                .contains(new PlannedDecision(DecisionKind.ANNUAL_ASSESSMENT, 2026, day(2027, 1, 1)));

        StoreLife cleared = lifeOf(evaluated);
        facts.put(FactsWindow.of(DAYS_2026), new WindowFacts(BigDecimal.ZERO, null,
                Optional.of(new ScoreSnapshot(day(2026, 12, 1), new BigDecimal("4.80"))), List.of()));
        Evaluated late = EVALUATION.evaluate(cleared, day(2027, 2, 1), TARGETS, facts);

        assertThat(late.annualDecided()).singleElement().satisfies(result -> {
            assertThat(result.assessment().year()).isEqualTo(2026);
            assertThat(result.assessment().passed()).isFalse();
            assertThat(result.consequence()).as("the store is gone: nothing follows").isEqualTo(Consequence.NONE);
        });
        assertThat(late.status()).isEqualTo(StoreStatus.CLEARED);
        assertThat(late.statusChanges()).isEmpty();
        assertThat(late.next()).isEmpty();
    }

    @Test
    void anAppealThatRevokesTheViolationWithdrawsTheNotice() {
        Evaluated noticed = EVALUATION.evaluate(formal(List.of()), day(2026, 1, 1), TARGETS,
                factsWith(DAYS_2025, true, 1));
        assertThat(noticed.annualDecided().get(0).clearanceCause()).isEqualTo(ClearanceCause.VIOLATION);

        Evaluated withdrawn = EVALUATION.reevaluate(lifeOf(noticed), AnnualKind.ANNUAL, 2025, day(2026, 1, 20), TARGETS,
                factsWith(DAYS_2025, true, 0), "appeal 2026-007 upheld");

        assertThat(withdrawn.annualSuperseded()).containsExactly(new AnnualKey(AnnualKind.ANNUAL, 2025));
        assertThat(withdrawn.annualDecided().get(0).consequence()).isEqualTo(Consequence.NONE);
        assertThat(withdrawn.formalState().orElseThrow().standing()).isEqualTo(Standing.GOOD);
        assertThat(withdrawn.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.cause()).isEqualTo(StatusChangeCause.CLEARANCE_WITHDRAWN);
            assertThat(change.reason()).startsWith("appeal 2026-007 upheld (annual assessment of 2025 passed");
        });
        assertThat(withdrawn.next()).contains(new PlannedDecision(DecisionKind.ANNUAL_ASSESSMENT, 2026, day(2027, 1, 1)));
    }

    @Test
    void reevaluatingAnAssessmentVoidsItsReviewAndAWarningGivenNowStartsToday() {
        Evaluated warned = EVALUATION.evaluate(formal(List.of()), day(2026, 1, 1), TARGETS, facts(DAYS_2025, false));
        Evaluated reviewed = EVALUATION.evaluate(lifeOf(warned), day(2026, 4, 1), TARGETS,
                facts(new DateRange(day(2026, 1, 1), day(2026, 3, 31)), true));

        Evaluated again = EVALUATION.reevaluate(lifeOf(reviewed), AnnualKind.ANNUAL, 2025, day(2026, 6, 10), TARGETS,
                facts(DAYS_2025, false), "corrected sales feed");

        assertThat(again.annualVoided()).containsExactly(new AnnualKey(AnnualKind.RECTIFICATION, 2025));
        assertThat(again.annualDecided().get(0).consequence()).isEqualTo(Consequence.WARNED);
        assertThat(again.formalState().orElseThrow().rectification()).contains(new Rectification(2025,
                new DateRange(day(2026, 6, 10), day(2026, 9, 7)), day(2026, 9, 8)));
        assertThat(changes(again)).containsExactly("GOOD>WARNED:ANNUAL_WARNING");
    }

    @Test
    void withdrawingARepeatedFailureResumesTheRectificationItEnded() {
        // a run catching up on 2027-01-01: 2025 fails and warns the store that day; 2026 fails too, a repeated
        // failure, which ends the period just begun
        facts(DAYS_2025, false);
        Evaluated caughtUp = EVALUATION.evaluate(formal(List.of()), day(2027, 1, 1), TARGETS, facts(DAYS_2026, false));
        assertThat(changes(caughtUp)).containsExactly("GOOD>WARNED:ANNUAL_WARNING",
                "WARNED>CLEARANCE_PENDING:CLEARANCE_NOTICE");
        assertThat(caughtUp.formalState().orElseThrow().clearance().orElseThrow().cause())
                .isEqualTo(ClearanceCause.REPEATED_FAILURE);

        Evaluated withdrawn = EVALUATION.reevaluate(lifeOf(caughtUp), AnnualKind.ANNUAL, 2026, day(2027, 1, 10),
                TARGETS, facts(DAYS_2026, true), "the 2026 sales were sent again");

        assertThat(withdrawn.annualDecided()).extracting(AnnualResult::kind, AnnualResult::year)
                .containsExactly(tuple(AnnualKind.ANNUAL, 2026));
        assertThat(changes(withdrawn)).containsExactly("CLEARANCE_PENDING>WARNED:CLEARANCE_WITHDRAWN");
        assertThat(withdrawn.formalState().orElseThrow().rectification()).contains(new Rectification(2025,
                new DateRange(day(2027, 1, 1), day(2027, 3, 31)), day(2027, 4, 1)));
        assertThat(withdrawn.next()).contains(new PlannedDecision(DecisionKind.RECTIFICATION_REVIEW, 2025,
                day(2027, 4, 1)));
    }

    @Test
    void aPassedReviewDoesNotUndoANoticeGivenSince() {
        // warned for 2025 late (2026-11-15), 2026 failed too on 2027-01-01 (a notice), the 2025 review later passed
        List<AnnualRecord> records = new ArrayList<>();
        records.add(new AnnualRecord(1, AnnualKind.ANNUAL, 2025, day(2026, 1, 1), DAYS_2025, false, 0,
                Consequence.WARNED, null, day(2026, 11, 15)));
        records.add(new AnnualRecord(2, AnnualKind.ANNUAL, 2026, day(2027, 1, 1), DAYS_2026, false, 0,
                Consequence.CLEARANCE_NOTICE, ClearanceCause.REPEATED_FAILURE, day(2027, 1, 1)));
        records.add(new AnnualRecord(3, AnnualKind.RECTIFICATION, 2025, day(2027, 2, 13),
                new DateRange(day(2026, 11, 15), day(2027, 2, 12)), true, 0, Consequence.NONE, null, day(2027, 2, 13)));

        assertThat(formal(records).formalState().standing()).isEqualTo(Standing.CLEARANCE_PENDING);
    }

    private StoreLife formal(List<AnnualRecord> records) {
        return new StoreLife(LAUNCH, StoreStatus.FORMAL, TrialProgressTests.outcomes("1P 2P 3P 4P"), records,
                Optional.of(Agreements.of(AnnualRulesTests.AGREEMENT)));
    }

    /** The life an evaluation led to, with ids given to its new results, as the writer would. */
    private static StoreLife lifeOf(Evaluated evaluated) {
        List<AnnualRecord> records = new ArrayList<>();
        long id = 100;
        for (AnnualRecord record : evaluated.life().annual()) {
            records.add(new AnnualRecord(record.id() == 0 ? id++ : record.id(), record.kind(), record.year(),
                    record.dueDate(), record.window(), record.passed(), record.seriousViolations(),
                    record.consequence(), record.clearanceCause(), record.decidedOn()));
        }
        StoreLife life = evaluated.life();
        return new StoreLife(life.launchDate(), life.status(), life.checkpoints(), records, life.agreements());
    }

    private Map<FactsWindow, WindowFacts> facts(DateRange window, boolean pass) {
        return factsWith(window, pass, 0);
    }

    /** A window's facts: sales at (pass) or far under the whole year's target, score 4.90, serious violations. */
    private Map<FactsWindow, WindowFacts> factsWith(DateRange window, boolean pass, int serious) {
        facts.put(FactsWindow.of(window), AnnualRulesTests.facts(pass ? new BigDecimal("1200000.00")
                : new BigDecimal("1.00"), new ScoreSnapshot(window.last(), new BigDecimal("4.90")), 0, serious, window));
        return facts;
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<String> changes(Evaluated evaluated) {
        return evaluated.statusChanges().stream()
                .map(c -> c.fromStanding() + ">" + c.toStanding() + ":" + c.cause()).toList();
    }
}
