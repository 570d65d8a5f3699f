package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckpointRulesTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    static final TargetSet TARGETS = new TargetSet(3, Map.of(
            Checkpoint.FIRST, new CheckpointTarget(new BigDecimal("50000.00"), null),
            Checkpoint.SECOND, new CheckpointTarget(new BigDecimal("80000.00"), new BigDecimal("4.60")),
            Checkpoint.THIRD, new CheckpointTarget(new BigDecimal("100000.00"), new BigDecimal("4.65")),
            Checkpoint.FOURTH, new CheckpointTarget(new BigDecimal("120000.00"), new BigDecimal("4.70"))));

    private final CheckpointRules rules = new CheckpointRules(new CompliancePolicy(12));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "null", textBlock = """
            # case,                                  k, cumulative, final30,   latest,    violations,    passed
            all three requirements pass,             2, 240000.00,  null,      90:4.60,   5:G:11,        true
            sales alone fail,                        2, 239999.99,  null,      90:4.60,   null,          false
            the score alone fails,                   2, 240000.00,  null,      90:4.59,   null,          false
            compliance alone fails,                  2, 240000.00,  null,      90:4.60,   5:G:12,        false
            a serious violation fails a checkpoint,  3, 900000.00,  null,      90:5.00,   100:S:1,       false
            checkpoint 1 ignores the score,          1, 50000.00,   null,      null,      null,          true
            checkpoint 4 passes on the last 30 days, 4, 700000.00,  150000.00, 200:4.80,  10:G:6,        true
            """)
    void passesOnlyWhenEveryRequirementPasses(String description, int checkpoint, BigDecimal cumulative,
            BigDecimal finalThirtyDays, String latest, String violations, boolean passed) {
        Checkpoint k = Checkpoint.of(checkpoint);
        WindowFacts facts = new WindowFacts(cumulative, finalThirtyDays, ServiceScorePolicyTests.snapshot(latest),
                CompliancePolicyTests.violations(violations));

        Decision decision = rules.decide(k, LAUNCH, TARGETS, facts);

        assertThat(decision).isInstanceOf(Decision.Decided.class);
        CheckpointResult result = ((Decision.Decided) decision).result();
        assertThat(result.passed()).isEqualTo(passed);
        assertThat(result.checkpoint()).isEqualTo(k);
        assertThat(result.dueDate()).isEqualTo(k.dueDate(LAUNCH));
        assertThat(result.targetVersion()).isEqualTo(3);
        assertThat(result.sales().target()).isEqualByComparingTo(TARGETS.target(k).salesTarget());
    }

    @Test
    void missingScoreMeansNoDecisionEvenWhenSalesFail() {
        WindowFacts facts = new WindowFacts(BigDecimal.ZERO, null, Optional.empty(),
                CompliancePolicyTests.violations("3:S:48"));

        Decision decision = rules.decide(Checkpoint.SECOND, LAUNCH, TARGETS, facts);

        assertThat(decision).isEqualTo(new Decision.AwaitingData(Checkpoint.SECOND, List.of(MissingData.SERVICE_SCORE)));
    }
}
