package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an annual result leads to ("What a failed annual assessment leads to", the review of section 2)
 * and where the store then stands (sections 2 and 3), one row per sentence of the rule book. Results
 * are written as in {@link LifePlanTests#records}: "A2025F:WARNED@2026-01-01".
 */
class AnnualConsequencesTests {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                               results before,                                  kind,          passed, sales ok, serious, points, consequence,      cause
            a passed assessment changes nothing,                                  -,                                               ANNUAL,        true,   true,     0,       0,      NONE,             -
            a serious violation counted gives a notice and no rectification,      -,                                               ANNUAL,        false,  false,    1,       0,      CLEARANCE_NOTICE, VIOLATION
            the violation comes first even after a failed year,                   A2025F:WARNED@2026-01-01 R2025P:NONE@2026-04-01, ANNUAL,        false,  true,     1,       0,      CLEARANCE_NOTICE, VIOLATION
            failing two years running gives a notice,                             A2025F:WARNED@2026-01-01,                        ANNUAL,        false,  false,    0,       0,      CLEARANCE_NOTICE, REPEATED_FAILURE
            even when the first year's rectification passed,                      A2025F:WARNED@2026-01-01 R2025P:NONE@2026-04-01, ANNUAL,        false,  false,    0,       0,      CLEARANCE_NOTICE, REPEATED_FAILURE
            any other failure warns,                                              A2025P:NONE@2026-01-01,                          ANNUAL,        false,  false,    0,       0,      WARNED,           -
            a year without a result is no failure,                                A2024F:WARNED@2025-01-01 R2024P:NONE@2025-04-01, ANNUAL,        false,  false,    0,       0,      WARNED,           -
            failing on general points alone is rectified like sales,              -,                                               ANNUAL,        false,  true,     0,       12,     WARNED,           -
            a store whose clearance is pending has its failure recorded only,     A2025F:CLEARANCE_NOTICE@2026-12-20,              ANNUAL,        false,  false,    0,       0,      NONE,             -
            and its pass too,                                                     A2025F:CLEARANCE_NOTICE@2026-12-20,              ANNUAL,        true,   true,     0,       0,      NONE,             -
            a passed review: nothing (the standing is good again),                A2025F:WARNED@2026-01-01,                        RECTIFICATION, true,   true,     0,       0,      NONE,             -
            a failed review gives a notice,                                       A2025F:WARNED@2026-01-01,                        RECTIFICATION, false,  false,    0,       0,      CLEARANCE_NOTICE, RECTIFICATION_FAILED
            a failed review with a serious violation: for the violation,          A2025F:WARNED@2026-01-01,                        RECTIFICATION, false,  true,     1,       0,      CLEARANCE_NOTICE, VIOLATION
            """)
    void decidesWhatAResultLeadsTo(String description, String before, AnnualKind kind, boolean passed,
            boolean salesOk, int serious, int points, Consequence consequence, ClearanceCause cause) {
        StoreLife life = life(before);
        int year = kind == AnnualKind.ANNUAL ? 2026 : 2025;

        AnnualResult result = AnnualConsequences.decide(assessment(kind, year, salesOk, serious, points),
                life.formalState(), life.annual(), TODAY);

        assertThat(result.passed()).isEqualTo(passed);
        assertThat(result.consequence()).isEqualTo(consequence);
        assertThat(result.clearanceCause()).isEqualTo(cause);
        assertThat(result.decidedOn()).isEqualTo(TODAY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                                    results,                                                              standing,          rectification,                        clearance
            no result: good,                                                           -,                                                                    GOOD,              -,                                    -
            a warning starts 90 days from the day it is given,                         A2025F:WARNED@2026-01-01,                                             WARNED,            2025 2026-01-01 2026-03-31 2026-04-01, -
            a warning given late starts late,                                          A2025F:WARNED@2026-02-20,                                             WARNED,            2025 2026-02-20 2026-05-20 2026-05-21, -
            a passed review: good again with the warning on record,                   A2025F:WARNED@2026-01-01 R2025P:NONE@2026-04-01,                      GOOD,              -,                                    -
            a notice is given on the day of its result and takes effect 30 days later, A2025F:WARNED@2026-01-01 R2025F:CLEARANCE_NOTICE@2026-04-01,          CLEARANCE_PENDING, -,                                    2026-04-01 2026-05-01 RECTIFICATION_FAILED
            a notice given late never clears sooner than 30 days after,                A2025F:CLEARANCE_NOTICE@2026-03-15,                                   CLEARANCE_PENDING, -,                                    2026-03-15 2026-04-14 VIOLATION
            a notice while warned ends the rectification period,                       A2024F:WARNED@2026-02-01 A2025F:CLEARANCE_NOTICE@2026-02-01,          CLEARANCE_PENDING, -,                                    2026-02-01 2026-03-03 VIOLATION
            a warning while an earlier period still runs replaces it,                  A2023F:WARNED@2026-02-01 A2025F:WARNED@2026-02-01,                    WARNED,            2025 2026-02-01 2026-05-01 2026-05-02, -
            a passed assessment changes nothing: still warned,                         A2025F:WARNED@2026-01-01 A2026P:NONE@2026-01-02,                      WARNED,            2025 2026-01-01 2026-03-31 2026-04-01, -
            """)
    void theStandingIsWhatTheCurrentResultsImply(String description, String results, Standing standing,
            String rectification, String clearance) {
        FormalState state = FormalState.of(LifePlanTests.records(results));

        assertThat(state.standing()).isEqualTo(standing);
        assertThat(state.rectification()).isEqualTo(Optional.ofNullable(rectification).map(r -> {
            String[] p = r.split(" ");
            return new Rectification(Integer.parseInt(p[0]), new DateRange(LocalDate.parse(p[1]), LocalDate.parse(p[2])),
                    LocalDate.parse(p[3]));
        }));
        assertThat(state.clearance()).isEqualTo(Optional.ofNullable(clearance).map(c -> {
            String[] p = c.split(" ");
            return new Clearance(LocalDate.parse(p[0]), LocalDate.parse(p[1]), ClearanceCause.valueOf(p[2]));
        }));
    }

    private static StoreLife life(String results) {
        return new StoreLife(LifePlanTests.FORMAL_LAUNCH, StoreStatus.FORMAL, TrialProgressTests.outcomes("1P 2P 3P 4P"),
                LifePlanTests.records(results), Optional.of(LifePlanTests.agreementsWithStandardFrom(LocalDate.MIN)));
    }

    /** An assessment that passes everything but what it is told to fail. */
    private static AnnualAssessment assessment(AnnualKind kind, int year, boolean salesOk, int serious, int points) {
        DateRange window = kind == AnnualKind.ANNUAL ? new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                : FormalYears.rectificationPeriod(LocalDate.of(year + 1, 1, 1));
        BigDecimal sales = salesOk ? new BigDecimal("2000000.00") : new BigDecimal("1.00");
        return AnnualRulesTests.RULES.assess(kind, year, window, TODAY, AnnualRulesTests.AGREEMENT,
                AnnualRulesTests.facts(sales, new ScoreSnapshot(window.last(), new BigDecimal("4.90")), points, serious,
                        window));
    }
}
