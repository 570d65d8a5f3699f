package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.marketplace.trialassessment.common.Decimals;
import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.AnnualKind;
import com.marketplace.trialassessment.rules.ClearanceCause;
import com.marketplace.trialassessment.rules.Consequence;
import com.marketplace.trialassessment.rules.Requirement;

/** An annual assessment or rectification review as clients see it, with the figures of each requirement. */
record AnnualResultResponse(long id, long storeId, AnnualKind kind, int year, Window window, int daysInYear,
        LocalDate dueDate, OffsetDateTime decidedAt, Trigger trigger, int targetVersion, Outcome outcome,
        List<Requirement> failedRequirements, Sales sales, ServiceScore serviceScore, Compliance compliance,
        Consequence consequence, ClearanceCause clearanceCause, boolean current, boolean voided, Long supersedes,
        String reason, String decidedBy, OffsetDateTime supersededAt, OffsetDateTime voidedAt) {

    record Window(LocalDate from, LocalDate to, int days) {
    }

    record Sales(boolean assessed, BigDecimal total, BigDecimal target, BigDecimal proRatedTarget, boolean passed) {
    }

    record ServiceScore(boolean assessed, BigDecimal score, LocalDate scoreDate, BigDecimal target, boolean passed) {
    }

    record Compliance(int seriousViolations, int generalPoints, int generalPointsBar, List<Long> countedViolationIds,
            boolean passed) {
    }

    static AnnualResultResponse of(AnnualResultEntity r, Clock clock) {
        return new AnnualResultResponse(r.id(), r.storeId(), r.kind(), r.year(),
                new Window(r.windowFrom(), r.windowTo(), r.windowDays()), r.daysInYear(), r.dueDate(),
                Timestamps.inBusinessZone(r.decidedAt(), clock), r.trigger(), r.targetVersion(), r.outcome(),
                r.failedRequirements(),
                new Sales(r.salesAssessed(), Decimals.display(r.salesTotal()), Decimals.display(r.salesTarget()),
                        Decimals.display(r.salesProRatedTarget()), r.salesPassed()),
                new ServiceScore(r.scoreAssessed(), Decimals.display(r.score()), r.scoreDate(),
                        Decimals.display(r.scoreTarget()), r.scorePassed()),
                new Compliance(r.seriousViolations(), r.generalPoints(), r.generalPointsBar(),
                        List.of(r.countedViolationIds()), r.compliancePassed()),
                r.consequence(), r.clearanceCause(), r.isCurrent(), r.voidedAt() != null, r.supersedesId(), r.reason(),
                r.decidedBy(), Timestamps.inBusinessZone(r.supersededAt(), clock),
                Timestamps.inBusinessZone(r.voidedAt(), clock));
    }
}
