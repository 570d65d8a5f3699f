package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
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
            all four passed: no year to assess (no annual standard), FORMAL, 1P 2P 3P 4P, -, -
            failed at checkpoint 1: nothing left,        TERMINATED, 1F,           -,               -
            failed at checkpoint 3: nothing left,        TERMINATED, 1P 2P 3F,     -,               -
            re-evaluated back to trial after 2 failed,   TRIAL,      1P 2P,        3,               2026-07-29
            re-evaluated back to trial at checkpoint 2,  TRIAL,      1P,           2,               2026-05-30
            """)
    void plansTheNextDecision(String description, StoreStatus status, String outcomes, Integer next,
            LocalDate dueOn) {
        StoreLife life = new StoreLife(LAUNCH, status, TrialProgressTests.outcomes(outcomes), List.of(),
                Optional.of(Agreements.of(AnnualRulesTests.agreement(1, LAUNCH, null, null))));

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

    /** Launched 2026-01-10: formal since 2026-08-08. */
    static final LocalDate FORMAL_LAUNCH = LocalDate.of(2026, 1, 10);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                                 results,                             standard from, pending
            formal since August: the assessment of its first year on 1 January,    -,                                   2000-01-01,    ANNUAL_ASSESSMENT 2026 2027-01-01
            a passed year: the next year's,                                         A2026P:NONE@2027-01-01,              2000-01-01,    ANNUAL_ASSESSMENT 2027 2028-01-01
            warned: the review the day after the 90 days then the next year,       A2026F:WARNED@2027-01-01,            2000-01-01,    RECTIFICATION_REVIEW 2026 2027-04-01; ANNUAL_ASSESSMENT 2027 2028-01-01
            warned late: the 90 days run from the day of the warning,              A2026F:WARNED@2027-02-15,            2000-01-01,    RECTIFICATION_REVIEW 2026 2027-05-16; ANNUAL_ASSESSMENT 2027 2028-01-01
            a passed review: good again and only the next year,                     A2026F:WARNED@2027-01-01 R2026P:NONE@2027-04-01, 2000-01-01, ANNUAL_ASSESSMENT 2027 2028-01-01
            a notice: the clearance 30 days later and no assessment of the year,   A2026F:WARNED@2027-01-01 R2026F:CLEARANCE_NOTICE@2027-04-01, 2000-01-01, CLEARANCE 2027 2027-05-01
            a notice given on 2 December: the year is assessed on 1 January first,  A2026F:CLEARANCE_NOTICE@2027-12-02,  2000-01-01,    ANNUAL_ASSESSMENT 2027 2028-01-01; CLEARANCE 2028 2028-01-01
            no annual standard before 2028: the first year that has one,           -,                                   2027-06-01,    ANNUAL_ASSESSMENT 2028 2029-01-01
            """)
    void plansTheDecisionsOfAFormalStore(String description, String results, LocalDate standardFrom, String pending) {
        StoreLife life = new StoreLife(FORMAL_LAUNCH, StoreStatus.FORMAL, TrialProgressTests.outcomes("1P 2P 3P 4P"),
                records(results), Optional.of(agreementsWithStandardFrom(standardFrom)));

        assertThat(LifePlan.pending(life)).containsExactlyElementsOf(decisions(pending));
        assertThat(LifePlan.next(life)).isEqualTo(decisions(pending).stream().findFirst());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            # case,                                 status
            a cleared store has nothing left,       CLEARED
            a terminated store has nothing left,    TERMINATED
            """)
    void aStoreThatLeftHasNothingPlanned(String description, StoreStatus status) {
        StoreLife life = new StoreLife(FORMAL_LAUNCH, status, TrialProgressTests.outcomes("1P 2P 3P 4F"),
                records("A2026F:CLEARANCE_NOTICE@2027-01-01"), Optional.of(agreementsWithStandardFrom(LAUNCH)));

        assertThat(LifePlan.pending(life)).isEmpty();
    }

    @Test
    void noYearIsPlannedWhenNoAgreementHoldsAnAnnualStandard() {
        StoreLife life = new StoreLife(FORMAL_LAUNCH, StoreStatus.FORMAL, TrialProgressTests.outcomes("1P 2P 3P 4P"),
                List.of(), Optional.of(Agreements.of(AnnualRulesTests.agreement(1, LAUNCH, null, null))));

        assertThat(LifePlan.next(life)).isEmpty();
    }

    /** The launch version (id 1, no annual standard) and, from {@code from}, version 2 with one. */
    static Agreements agreementsWithStandardFrom(LocalDate from) {
        AgreementVersion launch = AnnualRulesTests.agreement(1, LocalDate.of(1999, 1, 1), null, null);
        if (!from.isAfter(LocalDate.of(2000, 1, 1))) {
            AgreementVersion withStandard = AnnualRulesTests.agreement(1, LocalDate.of(1999, 1, 1), "1200000.00", "4.70");
            return Agreements.of(withStandard);
        }
        return new Agreements(launch, List.of(launch, AnnualRulesTests.agreement(2, from, "1200000.00", "4.70")));
    }

    /** Results as "A2026F:WARNED@2027-01-01" (A annual / R review, year, P/F, consequence, decided on). */
    static List<AnnualRecord> records(String spec) {
        if (spec == null) {
            return List.of();
        }
        List<AnnualRecord> records = new ArrayList<>();
        for (String item : spec.trim().split("\\s+")) {
            AnnualKind kind = item.charAt(0) == 'A' ? AnnualKind.ANNUAL : AnnualKind.RECTIFICATION;
            int year = Integer.parseInt(item.substring(1, 5));
            boolean passed = item.charAt(5) == 'P';
            String[] rest = item.substring(7).split("@");
            Consequence consequence = Consequence.valueOf(rest[0]);
            LocalDate decidedOn = LocalDate.parse(rest[1]);
            LocalDate due = kind == AnnualKind.ANNUAL ? FormalYears.assessmentDue(year) : decidedOn;
            DateRange window = kind == AnnualKind.ANNUAL
                    ? FormalYears.formalDays(year, FormalYears.formalSince(FORMAL_LAUNCH))
                            .orElse(new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                    : new DateRange(decidedOn.minusDays(90), decidedOn.minusDays(1));
            ClearanceCause cause = consequence == Consequence.CLEARANCE_NOTICE
                    ? (kind == AnnualKind.ANNUAL ? ClearanceCause.VIOLATION : ClearanceCause.RECTIFICATION_FAILED) : null;
            records.add(new AnnualRecord(records.size() + 1, kind, year, due, window, passed, 0, consequence, cause,
                    decidedOn));
        }
        return records;
    }

    /** Decisions as "KIND number due; ...". */
    static List<PlannedDecision> decisions(String spec) {
        List<PlannedDecision> decisions = new ArrayList<>();
        for (String item : spec.split(";")) {
            String[] parts = item.trim().split(" ");
            decisions.add(new PlannedDecision(DecisionKind.valueOf(parts[0]), Integer.parseInt(parts[1]),
                    LocalDate.parse(parts[2])));
        }
        return decisions;
    }
}
