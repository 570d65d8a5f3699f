package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fee at the current pace: the sales so far projected to the statement's trading days, then settled. */
class FeePreviewTests {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            # case,                                                     first,      last,       cause,    today,      sales so far, months, projected,  tier, total
            the API example: 1000000 in 335 days of 365 heads for HALF,  2026-01-01, 2026-12-31, YEAR_END, 2026-12-01, 1000000.00,   12,     1089552.24, HALF, 30000.00
            a faster pace still short of FULL,                          2026-01-01, 2026-12-31, YEAR_END, 2026-12-01, 1100000.00,   12,     1198507.46, HALF, 30000.00
            enough so far for FULL,                                      2026-01-01, 2026-12-31, YEAR_END, 2026-12-01, 1101369.87,   12,     1200000.01, FULL, 60000.00
            a projection shown as 1200000.00 but under it stays HALF,   2026-01-01, 2026-12-31, YEAR_END, 2026-10-28, 989589.04,    12,     1200000.00, HALF, 30000.00
            a store launched in March: ten months,                       2026-03-10, 2026-12-31, YEAR_END, 2026-06-30, 100000.00,    10,     262831.86,  NONE, 10000.00
            a clearance taking effect on 1 May: four months,             2026-01-01, 2026-04-30, CLEARED,  2026-04-15, 210000.00,    4,      240000.00,  HALF, 50000.00
            """)
    void projectsTheYearsStatement(String description, LocalDate first, LocalDate last, FeeCause cause, LocalDate today,
            BigDecimal soFar, int months, BigDecimal projected, FeeTier tier, BigDecimal total) {
        LocalDate due = cause == FeeCause.YEAR_END ? LocalDate.of(first.getYear() + 1, 1, 1) : last.plusDays(1);

        FeePreview preview = FeePreview.of(new FeeRules(), new FeeDue(first.getYear(), cause,
                new DateRange(first, last), due, false), FeeRulesTests.agreement("60000.00", "360000.00", "1200000.00"),
                today, new WindowFacts(soFar, null, Optional.empty(), List.of()));

        assertThat(preview.cause()).isEqualTo(cause);
        assertThat(preview.months()).isEqualTo(months);
        assertThat(preview.projectedSales()).isEqualTo(projected);
        assertThat(preview.tier()).isEqualTo(tier);
        assertThat(preview.totalRefund()).isEqualTo(total);
    }
}
