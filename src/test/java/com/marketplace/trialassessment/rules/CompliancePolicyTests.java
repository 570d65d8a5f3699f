package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompliancePolicyTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    /**
     * Violations as space-separated "day:G|S:points[:R]" (G general, S serious, R revoked); ids count
     * from 1 in order.
     */
    static List<ViolationFact> violations(String spec) {
        List<ViolationFact> violations = new ArrayList<>();
        if (spec != null) {
            long id = 1;
            for (String item : spec.trim().split("\\s+")) {
                String[] parts = item.split(":");
                violations.add(new ViolationFact(id++, Checkpoint.dayOfTrial(LAUNCH, Integer.parseInt(parts[0])),
                        parts[1].equals("S"), Integer.parseInt(parts[2]), parts.length > 3 && parts[3].equals("R")));
            }
        }
        return violations;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "null", textBlock = """
            # case,                                        k, bar, violations,              serious, points, counted, passed
            no violations passes,                          1, 12,  null,                    0,       0,      '',      true
            11 general points pass,                        2, 12,  5:G:6 40:G:5,            0,       11,     1 2,     true
            12 general points fail,                        2, 12,  5:G:6 40:G:6,            0,       12,     1 2,     false
            a serious violation fails with zero points,    1, 12,  3:S:0,                   1,       0,      1,       false
            serious points do not add to general points,   2, 12,  3:S:10 4:G:2,            1,       2,      1 2,     false
            a revoked serious violation never counts,      2, 12,  3:S:12:R 4:G:2,          0,       2,      2,       true
            revoked general points never count,            2, 12,  3:G:12:R 4:G:11,         0,       11,     2,       true
            earlier checkpoints' violations still count,   4, 12,  10:G:6 100:G:3 210:G:3,  0,       12,     1 2 3,   false
            the bar is a setting,                          2, 20,  5:G:12 6:G:7,            0,       19,     1 2,     true
            the bar is reached exactly,                    2, 20,  5:G:12 6:G:8,            0,       20,     1 2,     false
            """)
    void decidesCompliance(String description, int checkpoint, int bar, String violations, int serious,
            int generalPoints, String counted, boolean passed) {
        // the violations of the checkpoint's window (days 1..D(k)), as the loader gives them
        ComplianceResult result = new CompliancePolicy(bar).assess(violations(violations));

        assertThat(result.seriousViolations()).isEqualTo(serious);
        assertThat(result.generalPoints()).isEqualTo(generalPoints);
        assertThat(result.generalPointsBar()).isEqualTo(bar);
        assertThat(result.countedViolationIds()).containsExactlyElementsOf(
                counted.isBlank() ? List.of() : List.of(counted.trim().split(" ")).stream().map(Long::valueOf).toList());
        assertThat(result.passed()).isEqualTo(passed);
    }

    @Test
    void refusesABarBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CompliancePolicy(0));
    }
}
