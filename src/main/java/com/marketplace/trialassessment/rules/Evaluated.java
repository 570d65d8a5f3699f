package com.marketplace.trialassessment.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an evaluation of one store decided, as {@link LifeEvaluation} works it out; the callers only
 * write it down.
 *
 * @param decided          the new checkpoint results (verdicts), in the order they were decided (after
 *                         a re-evaluation of a checkpoint, its result comes first)
 * @param annualDecided    the new annual results, in the order they were decided (after a
 *                         re-evaluation of one, its result comes first)
 * @param awaitingData     the decision that could not be taken for want of data, which held back what
 *                         depends on it; empty when nothing waits
 * @param notCurrent       checkpoints whose current outcome stops being current: superseded by the
 *                         re-evaluated result, or withdrawn because an earlier checkpoint now fails
 * @param annualSuperseded the annual result a re-evaluation replaces
 * @param annualVoided     rectification reviews voided because the assessment that led to them was
 *                         re-evaluated
 * @param statusChanges    the changes of status and standing, in order
 * @param life             the store's life afterwards
 * @param next             its next decision afterwards (what is stored with the store)
 * @param missingFacts     windows whose facts were needed and not given: the evaluation stopped there,
 *                         and is to be done again with them
 * @param feesIssued       the fee statements issued, in order
 * @param feesVoided       the ids of issued statements made void: the life no longer calls for them
 */
public record Evaluated(List<CheckpointResult> decided, List<AnnualResult> annualDecided,
        Optional<Awaiting> awaitingData, Set<Checkpoint> notCurrent, Set<AnnualKey> annualSuperseded,
        Set<AnnualKey> annualVoided, List<StatusChange> statusChanges, StoreLife life,
        Optional<PlannedDecision> next, Set<FactsWindow> missingFacts, List<FeeStatement> feesIssued,
        Set<Long> feesVoided) {

    public Evaluated {
        decided = List.copyOf(decided);
        annualDecided = List.copyOf(annualDecided);
        Objects.requireNonNull(awaitingData, "awaitingData");
        notCurrent = Set.copyOf(notCurrent);
        annualSuperseded = Set.copyOf(annualSuperseded);
        annualVoided = Set.copyOf(annualVoided);
        statusChanges = List.copyOf(statusChanges);
        Objects.requireNonNull(life, "life");
        Objects.requireNonNull(next, "next");
        missingFacts = Set.copyOf(missingFacts);
        feesIssued = List.copyOf(feesIssued);
        feesVoided = Set.copyOf(feesVoided);
    }

    public StoreStatus status() {
        return life.status();
    }

    /** Whether the clearance of this store took effect in this evaluation. */
    public boolean cleared() {
        return statusChanges.stream().anyMatch(change -> change.cause() == StatusChangeCause.CLEARED);
    }

    /** Where the store stands afterwards; empty unless it is formal. */
    public Optional<FormalState> formalState() {
        return life.status() == StoreStatus.FORMAL ? Optional.of(life.formalState()) : Optional.empty();
    }
}
