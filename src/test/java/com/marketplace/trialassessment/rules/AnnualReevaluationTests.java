package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which annual result may be re-evaluated, and until when (section 4). Results as in {@link LifePlanTests#records}. */
class AnnualReevaluationTests {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                       status,     results,                                                                    kind,          year, today,      refusal
            the latest assessment,                                        FORMAL,     A2026F:WARNED@2027-01-01,                                                   ANNUAL,        2026, 2027-02-01, -
            an assessment followed only by its own review,                FORMAL,     A2026F:WARNED@2027-01-01 R2026P:NONE@2027-04-01,                            ANNUAL,        2026, 2027-05-01, -
            the latest review,                                            FORMAL,     A2026F:WARNED@2027-01-01 R2026P:NONE@2027-04-01,                            RECTIFICATION, 2026, 2027-05-01, -
            an older year's assessment,                                   FORMAL,     A2026P:NONE@2027-01-01 A2027P:NONE@2028-01-01,                              ANNUAL,        2026, 2028-02-01, NOT_LATEST
            a review behind a later year's assessment,                    FORMAL,     A2026F:WARNED@2027-10-01 R2026P:NONE@2027-12-30 A2027P:NONE@2028-01-01,     RECTIFICATION, 2026, 2028-02-01, NOT_LATEST
            an assessment behind an earlier year's late review,           FORMAL,     A2026F:WARNED@2027-11-15 A2027P:NONE@2028-01-01 R2026P:NONE@2028-02-13,     ANNUAL,        2027, 2028-02-20, NOT_LATEST
            that late review is the latest,                               FORMAL,     A2026F:WARNED@2027-11-15 A2027P:NONE@2028-01-01 R2026P:NONE@2028-02-13,     RECTIFICATION, 2026, 2028-02-20, -
            no review of that year,                                       FORMAL,     A2026P:NONE@2027-01-01,                                                     RECTIFICATION, 2026, 2027-02-01, NO_CURRENT_RESULT
            no assessment of that year,                                   FORMAL,     A2026P:NONE@2027-01-01,                                                     ANNUAL,        2027, 2027-02-01, NO_CURRENT_RESULT
            a notice the day before it takes effect,                      FORMAL,     A2026F:CLEARANCE_NOTICE@2027-01-01,                                         ANNUAL,        2026, 2027-01-30, -
            a clearance due today that no evaluation has recorded yet,    FORMAL,     A2026F:CLEARANCE_NOTICE@2027-01-01,                                         ANNUAL,        2026, 2027-01-31, CLEARED
            a cleared store,                                              CLEARED,    A2026F:CLEARANCE_NOTICE@2027-01-01,                                         ANNUAL,        2026, 2027-03-01, CLEARED
            a formal store terminated by a re-evaluated checkpoint,       TERMINATED, A2026F:WARNED@2027-01-01,                                                   ANNUAL,        2026, 2027-02-01, NOT_FORMAL
            """)
    void refusesAllButTheLatestResultOfAFormalStoreNotClearedYet(String description, StoreStatus status,
            String results, AnnualKind kind, int year, LocalDate today, AnnualReevaluation.Refusal refusal) {
        StoreLife life = new StoreLife(LifePlanTests.FORMAL_LAUNCH, status, TrialProgressTests.outcomes("1P 2P 3P 4P"),
                LifePlanTests.records(results), Optional.of(LifePlanTests.agreementsWithStandardFrom(LifePlanTests.LAUNCH)));

        assertThat(AnnualReevaluation.refusal(life, kind, year, today)).isEqualTo(Optional.ofNullable(refusal));
    }
}
