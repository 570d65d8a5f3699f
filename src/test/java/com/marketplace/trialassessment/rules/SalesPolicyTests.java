package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesPolicyTests {

    private final SalesPolicy policy = new SalesPolicy();

    @ParameterizedTest(name = "[{index}] {0}: checkpoint {1}, target {2}, cumulative {3}, days 181..210 {4} -> {5}")
    @CsvSource(nullValues = "null", textBlock = """
            # case,                                              k, target,    cumulative,  final30,    passed, basis,           monthlyAverage
            worked example: one cent short fails although shown equal, 2, 100000.00, 299999.99, null, false, null, 100000.00
            worked example: exactly target x months passes,    2, 100000.00, 300000.00,   null,       true,   MONTHLY_AVERAGE, 100000.00
            checkpoint 1 is one month,                         1, 50000.00,  50000.00,    null,       true,   MONTHLY_AVERAGE, 50000.00
            checkpoint 1 one cent short,                       1, 50000.00,  49999.99,    null,       false,  null,            49999.99
            checkpoint 3 is five months,                       3, 100000.00, 500000.00,   null,       true,   MONTHLY_AVERAGE, 100000.00
            checkpoint 3 has no second chance,                 3, 100000.00, 499999.99,   null,       false,  null,            100000.00
            checkpoint 4 is seven months,                      4, 120000.00, 840000.00,   0.00,       true,   MONTHLY_AVERAGE, 120000.00
            checkpoint 4 average passes before the last 30 days are looked at, 4, 120000.00, 840000.00, 999999.00, true, MONTHLY_AVERAGE, 120000.00
            api example: last 30 days exceed the target,       4, 120000.00, 700000.00,   150000.00,  true,   FINAL_30_DAYS,   100000.00
            last 30 days one cent over the target,             4, 120000.00, 839999.99,   120000.01,  true,   FINAL_30_DAYS,   120000.00
            last 30 days exactly the target is not enough,     4, 120000.00, 839999.99,   120000.00,  false,  null,            120000.00
            both miss,                                         4, 120000.00, 100.00,      100.00,     false,  null,            14.29
            no sales at all,                                   2, 80000.00,  0,           null,       false,  null,            0.00
            a zero target is met by no sales,                  1, 0.00,      0,           null,       true,   MONTHLY_AVERAGE, 0.00
            display rounds half up,                            3, 1.00,      0.025,       null,       false,  null,            0.01
            """)
    void decidesSalesRequirement(String description, int checkpoint, BigDecimal target, BigDecimal cumulative,
            BigDecimal finalThirtyDays, boolean passed, SalesBasis basis, BigDecimal monthlyAverage) {
        Checkpoint k = Checkpoint.of(checkpoint);

        SalesResult result = policy.assess(k, new CheckpointTarget(target, k.assessesServiceScore() ? BigDecimal.ONE : null),
                cumulative, finalThirtyDays);

        assertThat(result.passed()).isEqualTo(passed);
        assertThat(result.basis()).isEqualTo(basis);
        assertThat(result.monthlyAverage()).isEqualByComparingTo(monthlyAverage);
        assertThat(result.months()).isEqualTo(k.months());
        assertThat(result.cumulative()).isEqualByComparingTo(cumulative);
        assertThat(result.target()).isEqualByComparingTo(target);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void reportsNoFinalThirtyDaysBeforeCheckpointFour(int checkpoint) {
        SalesResult result = policy.assess(Checkpoint.of(checkpoint), new CheckpointTarget(BigDecimal.TEN, null),
                BigDecimal.ZERO, new BigDecimal("999"));

        assertThat(result.finalThirtyDaysSales()).isNull();
        assertThat(result.passed()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"150000.00", "0"})
    void reportsFinalThirtyDaysAtCheckpointFour(BigDecimal finalThirtyDays) {
        SalesResult result = policy.assess(Checkpoint.FOURTH, new CheckpointTarget(BigDecimal.TEN, BigDecimal.ONE),
                BigDecimal.ZERO, finalThirtyDays);

        assertThat(result.finalThirtyDaysSales()).isEqualByComparingTo(finalThirtyDays);
    }
}
