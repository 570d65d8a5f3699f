package com.marketplace.trialassessment.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.ScoreSnapshot;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * One store as a read model needs it to show where the store stands, read with one SQL statement:
 * its row, its current verdicts, the facts of its first undecided checkpoint (the one a store on
 * trial works towards) and its score snapshots, from which any checkpoint's latest score follows.
 *
 * @param targetVersionId     the target version the store is assessed against (see {@link TargetSetCache})
 * @param verdicts            the current verdicts, by checkpoint; undecided checkpoints are absent
 * @param firstUndecided      the first checkpoint without a current verdict; null when all are decided
 * @param firstUndecidedFacts the facts of {@code firstUndecided} as the rules see them (whatever the
 *                            store's status); null when all are decided
 * @param scores              the score snapshots dated within any checkpoint's assessed period, in no
 *                            particular order
 */
public record StoreSnapshot(long storeId, String name, String merchantId, String categoryCode, long targetVersionId,
        StoreStatus status, LocalDate launchDate, Map<Checkpoint, CurrentVerdict> verdicts, Checkpoint firstUndecided,
        CheckpointFacts firstUndecidedFacts, List<ScoreSnapshot> scores) {

    public StoreSnapshot {
        verdicts = Map.copyOf(verdicts);
        scores = List.copyOf(scores);
        if ((firstUndecided == null) != (firstUndecidedFacts == null)) {
            throw new IllegalArgumentException("The first undecided checkpoint and its facts go together");
        }
    }

    /** The facts of {@code checkpoint}, which must be the first undecided one: the only one read. */
    public CheckpointFacts factsOf(Checkpoint checkpoint) {
        if (checkpoint != firstUndecided) {
            throw new IllegalStateException("Only the facts of the first undecided checkpoint (" + firstUndecided
                    + ") are read, not those of " + checkpoint);
        }
        return firstUndecidedFacts;
    }

    /** The latest score snapshot dated within days 1..D(k) of {@code checkpoint}, as the rules choose it. */
    public Optional<ScoreSnapshot> latestScore(Checkpoint checkpoint) {
        DateRange period = checkpoint.assessedPeriod(launchDate);
        return scores.stream().filter(s -> period.contains(s.date())).max(Comparator.comparing(ScoreSnapshot::date));
    }
}
