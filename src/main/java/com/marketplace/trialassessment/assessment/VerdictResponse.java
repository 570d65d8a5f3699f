package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.marketplace.trialassessment.common.Decimals;
import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.Requirement;
import com.marketplace.trialassessment.rules.SalesBasis;

/** A verdict as clients see it, with the figures of each requirement. */
record VerdictResponse(long id, long storeId, int checkpoint, LocalDate dueDate, Outcome outcome,
        OffsetDateTime decidedAt, Trigger trigger, int targetVersion, Sales sales, ServiceScore serviceScore,
        Compliance compliance, List<Requirement> failedRequirements, Long supersedes, boolean current,
        OffsetDateTime supersededAt, String reason, String decidedBy) {

    record Sales(BigDecimal cumulative, int months, BigDecimal monthlyAverage, BigDecimal target,
            BigDecimal final30DaysSales, SalesBasis basis, boolean passed) {
    }

    record ServiceScore(boolean assessed, BigDecimal score, LocalDate scoreDate, BigDecimal target, boolean passed) {
    }

    record Compliance(int seriousViolations, int generalPoints, int generalPointsBar, List<Long> countedViolationIds,
            boolean passed) {
    }

    static VerdictResponse of(Verdict v, Clock clock) {
        return new VerdictResponse(v.id(), v.storeId(), v.checkpoint().number(), v.dueDate(), v.outcome(),
                Timestamps.inBusinessZone(v.decidedAt(), clock), v.trigger(), v.targetVersion(),
                new Sales(Decimals.display(v.salesCumulative()), v.salesMonths(),
                        Decimals.display(v.salesMonthlyAverage()), Decimals.display(v.salesTarget()),
                        Decimals.display(v.salesFinal30Days()), v.salesBasis(), v.salesPassed()),
                new ServiceScore(v.scoreAssessed(), Decimals.display(v.score()), v.scoreDate(),
                        Decimals.display(v.scoreTarget()), v.scorePassed()),
                new Compliance(v.seriousViolations(), v.generalPoints(), v.generalPointsBar(),
                        List.of(v.countedViolationIds()), v.compliancePassed()),
                v.failedRequirements(), v.supersedesId(), v.isCurrent(),
                Timestamps.inBusinessZone(v.supersededAt(), clock), v.reason(), v.decidedBy());
    }
}
