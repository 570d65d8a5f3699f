package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Decides one checkpoint of one store from its facts and the targets of its agreement. */
public final class CheckpointRules {

    private final SalesPolicy sales = new SalesPolicy();
    private final ServiceScorePolicy serviceScore = new ServiceScorePolicy();
    private final CompliancePolicy compliance;

    public CheckpointRules(CompliancePolicy compliance) {
        this.compliance = compliance;
    }

    public Decision decide(Checkpoint checkpoint, LocalDate launchDate, TargetSet targets, CheckpointFacts facts) {
        CheckpointTarget target = targets.target(checkpoint);
        Optional<ServiceScoreResult> score = serviceScore.assess(checkpoint, target, launchDate, facts.scores());
        if (score.isEmpty()) {
            return new Decision.AwaitingData(checkpoint, List.of(MissingData.SERVICE_SCORE));
        }
        return new Decision.Decided(new CheckpointResult(checkpoint, checkpoint.dueDate(launchDate),
                targets.version(),
                sales.assess(checkpoint, target, facts.cumulativeSales(), facts.finalThirtyDaysSales()),
                score.get(),
                compliance.assess(checkpoint, launchDate, facts.violations())));
    }
}
