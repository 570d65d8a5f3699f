package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Section 5 of the formal rule book, the annual fee, one row per sentence: months touched, charged
 * and unused refund rounded half-up to cents, thresholds pro-rated to the months and compared
 * exactly, tier and tier refund, no tier refund after a serious violation on a trading day,
 * forfeiture, total; and the worked example with its forfeited twin.
 */
class FeeRulesTests {

    static final FeeRules RULES = new FeeRules();

    static AgreementVersion agreement(String fee, String half, String full) {
        return new AgreementVersion(7, LocalDate.of(2000, 1, 1), new TargetSet(3, CheckpointRulesTests.TARGETS.targets(),
                Optional.empty(), Optional.of(new FeeTerms(new BigDecimal(fee), new BigDecimal(half),
                        new BigDecimal(full)))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                                fee,      half,      full,       first,      last,       cause,      forfeited, sales,      serious, revoked, months, charged,  unused,   half thr,  full thr,   tier, tier refund, total
            worked example: 4 months and 150000 reach the pro-rated half,           60000.00, 360000.00, 1200000.00, 2026-03-10, 2026-06-07, TERMINATED, false,     150000.00,  0,       0,       4,      20000.00, 40000.00, 120000.00, 400000.00,  HALF, 10000.00,    50000.00
            worked example twin: failed on a serious violation is forfeited,      60000.00, 360000.00, 1200000.00, 2026-03-10, 2026-06-07, TERMINATED, true,      150000.00,  1,       0,       4,      20000.00, 0.00,     120000.00, 400000.00,  NONE, 0.00,        0.00
            a whole year charges the whole fee and nothing is unused,               60000.00, 360000.00, 1200000.00, 2026-01-01, 2026-12-31, YEAR_END,   false,     1200000.00, 0,       0,       12,     60000.00, 0.00,     360000.00, 1200000.00, FULL, 60000.00,    60000.00
            a pro-rated full threshold of 58333.33... met by 58333.34 is FULL,      1000.00,  100.00,    100000.00,  2026-01-01, 2026-07-31, YEAR_END,   false,     58333.34,   0,       0,       7,      583.33,   416.67,   58.33,     58333.33,   FULL, 583.33,      1000.00
            a cent under the full threshold is HALF,                                60000.00, 360000.00, 1200000.00, 2026-01-01, 2026-12-31, YEAR_END,   false,     1199999.99, 0,       0,       12,     60000.00, 0.00,     360000.00, 1200000.00, HALF, 30000.00,    30000.00
            the half threshold met exactly is HALF,                                 60000.00, 360000.00, 1200000.00, 2026-01-01, 2026-12-31, YEAR_END,   false,     360000.00,  0,       0,       12,     60000.00, 0.00,     360000.00, 1200000.00, HALF, 30000.00,    30000.00
            a cent under the half threshold is NONE,                                60000.00, 360000.00, 1200000.00, 2026-01-01, 2026-12-31, YEAR_END,   false,     359999.99,  0,       0,       12,     60000.00, 0.00,     360000.00, 1200000.00, NONE, 0.00,        0.00
            a month counts with one trading day in it: 31 March and 1 April are 2,  60000.00, 360000.00, 1200000.00, 2026-03-31, 2026-04-01, CLEARED,    false,     0.00,       0,       0,       2,      10000.00, 50000.00, 60000.00,  200000.00,  NONE, 0.00,        50000.00
            thresholds compare exactly: 58333.33 shows as the threshold but is less, 1000.00,  100000.00, 200000.00,  2026-01-01, 2026-07-31, YEAR_END,   false,     58333.33,   0,       0,       7,      583.33,   416.67,   58333.33,  116666.67,  NONE, 0.00,        416.67
            thresholds compare exactly: a cent more reaches HALF,                   1000.00,  100000.00, 200000.00,  2026-01-01, 2026-07-31, YEAR_END,   false,     58333.34,   0,       0,       7,      583.33,   416.67,   58333.33,  116666.67,  HALF, 291.67,      708.34
            a fee not divisible by 12: 5 months charge 416.67 and half is 208.34,   1000.00,  100.00,    100000.00,  2026-08-01, 2026-12-31, YEAR_END,   false,     5000.00,    0,       0,       5,      416.67,   583.33,   41.67,     41666.67,   HALF, 208.34,      791.67
            one month of a fee not divisible by 12 charges 83.33,                   1000.00,  100.00,    100000.00,  2026-12-20, 2026-12-31, YEAR_END,   false,     0.00,       0,       0,       1,      83.33,    916.67,   8.33,      8333.33,    NONE, 0.00,        916.67
            a serious violation on a trading day takes the tier refund away,        60000.00, 360000.00, 1200000.00, 2026-01-01, 2026-12-31, YEAR_END,   false,     2000000.00, 1,       0,       12,     60000.00, 0.00,     360000.00, 1200000.00, NONE, 0.00,        0.00
            a serious violation keeps the unused months' refund,                   60000.00, 360000.00, 1200000.00, 2026-07-01, 2026-12-31, YEAR_END,   false,     2000000.00, 1,       0,       6,      30000.00, 30000.00, 180000.00, 600000.00,  NONE, 0.00,        30000.00
            a revoked serious violation does not count,                             60000.00, 360000.00, 1200000.00, 2026-01-01, 2026-12-31, YEAR_END,   false,     2000000.00, 0,       1,       12,     60000.00, 0.00,     360000.00, 1200000.00, FULL, 60000.00,    60000.00
            leaving on general points is no forfeiture,                            60000.00, 360000.00, 1200000.00, 2026-01-01, 2026-05-31, TERMINATED, false,     600000.00,  0,       0,       5,      25000.00, 35000.00, 150000.00, 500000.00,  FULL, 25000.00,    60000.00
            a store cleared for a violation forfeits everything,                   60000.00, 360000.00, 1200000.00, 2026-01-01, 2026-04-30, CLEARED,    true,      900000.00,  0,       0,       4,      20000.00, 0.00,     120000.00, 400000.00,  NONE, 0.00,        0.00
            """)
    void settlesTheYear(String description, String fee, String half, String full, LocalDate first, LocalDate last,
            FeeCause cause, boolean forfeited, BigDecimal sales, int serious, int revoked, int months,
            BigDecimal charged, BigDecimal unused, BigDecimal halfThreshold, BigDecimal fullThreshold, FeeTier tier,
            BigDecimal tierRefund, BigDecimal total) {
        DateRange days = new DateRange(first, last);
        LocalDate due = cause == FeeCause.YEAR_END ? LocalDate.of(first.getYear() + 1, 1, 1) : last.plusDays(1);
        List<ViolationFact> violations = new ArrayList<>();
        for (int i = 0; i < serious; i++) {
            violations.add(new ViolationFact(10 + i, last, true, 0, false));
        }
        for (int i = 0; i < revoked; i++) {
            violations.add(new ViolationFact(20 + i, first, true, 0, true));
        }
        violations.add(new ViolationFact(30, first, false, 11, false));

        FeeStatement statement = RULES.settle(new FeeDue(first.getYear(), cause, days, due, forfeited),
                agreement(fee, half, full), new WindowFacts(sales, null, Optional.empty(), violations));

        assertThat(statement.months()).isEqualTo(months);
        assertThat(statement.annualFee()).isEqualByComparingTo(fee);
        assertThat(statement.charged()).isEqualTo(charged);
        assertThat(statement.unusedRefund()).isEqualTo(unused);
        assertThat(statement.halfRefundThreshold()).isEqualTo(halfThreshold);
        assertThat(statement.fullRefundThreshold()).isEqualTo(fullThreshold);
        assertThat(statement.tier()).isEqualTo(tier);
        assertThat(statement.tierRefund()).isEqualTo(tierRefund);
        assertThat(statement.totalRefund()).isEqualTo(total);
        assertThat(statement.forfeited()).isEqualTo(forfeited);
        assertThat(statement.seriousViolations()).isEqualTo(serious);
        assertThat(statement.sales()).isEqualTo(sales);
        assertThat(statement.targetVersion()).isEqualTo(3);
        assertThat(statement.agreementId()).isEqualTo(7);
    }

    @Test
    void aSeriousViolationOutsideTheTradingDaysDoesNotCount() {
        DateRange days = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        FeeStatement statement = RULES.settle(new FeeDue(2026, FeeCause.CLEARED, days, LocalDate.of(2026, 7, 1), false),
                agreement("60000.00", "360000.00", "1200000.00"), new WindowFacts(new BigDecimal("700000.00"), null,
                        Optional.empty(), List.of(new ViolationFact(1, LocalDate.of(2026, 7, 1), true, 0, false))));

        assertThat(statement.tier()).isEqualTo(FeeTier.FULL);
        assertThat(statement.seriousViolations()).isZero();
    }

    @Test
    void aYearWhoseAgreementHasNoFeeTermsIsNotSettled() {
        AgreementVersion withoutFee = new AgreementVersion(1, LocalDate.of(2000, 1, 1), CheckpointRulesTests.TARGETS);
        DateRange days = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThatThrownBy(() -> RULES.settle(new FeeDue(2026, FeeCause.YEAR_END, days, LocalDate.of(2027, 1, 1), false),
                withoutFee, new WindowFacts(BigDecimal.ZERO, null, Optional.empty(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearEndIsNeverForfeitedAndAStatementStaysInItsYear() {
        DateRange days = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> new FeeDue(2026, FeeCause.YEAR_END, days, LocalDate.of(2027, 1, 1), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeDue(2027, FeeCause.YEAR_END, days, LocalDate.of(2027, 1, 1), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
