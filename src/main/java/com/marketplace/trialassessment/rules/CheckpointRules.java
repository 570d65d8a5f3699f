package com.marketplace.trialassessment.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Decides one checkpoint of one store from the facts of its window and the targets of its agreement. */
public final class CheckpointRules {

    private final SalesPolicy sales = new SalesPolicy();
    private final ServiceScorePolicy serviceScore = new ServiceScorePolicy();
    private final CompliancePolicy compliance;

    public CheckpointRules(CompliancePolicy compliance) {
        this.compliance = compliance;
    }

    /** {@code facts}: of the checkpoint's {@link Checkpoint#window window}. */
    public Decision decide(Checkpoint checkpoint, LocalDate launchDate, TargetSet targets, WindowFacts facts) {
        return assess(checkpoint, launchDate, targets, facts).decision();
    }

    /** Each requirement on its own, as {@link #decide} combines them. */
    public CheckpointAssessment assess(Checkpoint checkpoint, LocalDate launchDate, TargetSet targets,
            WindowFacts facts) {
        CheckpointTarget target = targets.target(checkpoint);
        return new CheckpointAssessment(checkpoint, checkpoint.dueDate(launchDate), targets.version(),
                sales.assess(checkpoint, target, facts.sales(), facts.subPeriodSales()),
                serviceScore.assess(checkpoint, target, facts.latestScore()),
                compliance.assess(facts.violations()));
    }

    /** The sales rule, for a projection of the facts the checkpoint will have on its day. */
    public SalesResult sales(Checkpoint checkpoint, TargetSet targets, BigDecimal cumulative,
            BigDecimal finalThirtyDaysSales) {
        return sales.assess(checkpoint, targets.target(checkpoint), cumulative, finalThirtyDaysSales);
    }

    public CompliancePolicy compliance() {
        return compliance;
    }
}
