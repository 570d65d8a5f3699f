package com.marketplace.trialassessment.assessment;

import java.time.LocalDate;
import java.util.Map;

import com.marketplace.trialassessment.assessment.rules.Checkpoint;
import com.marketplace.trialassessment.assessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.store.StoreStatus;

/**
 * One store as a read model needs it to show where the store stands, read with one SQL statement.
 *
 * @param targetVersionId the target version the store is assessed against (see {@link TargetSetCache})
 * @param verdicts        the current verdicts, by checkpoint; undecided checkpoints are absent
 * @param facts           the facts of every checkpoint as the rules see them, whatever its verdict
 *                        and the store's status (only the undecided checkpoints of a store on trial
 *                        matter)
 */
public record StoreSnapshot(long storeId, String name, String merchantId, String categoryCode, long targetVersionId,
        StoreStatus status, LocalDate launchDate, Map<Checkpoint, CurrentVerdict> verdicts,
        Map<Checkpoint, CheckpointFacts> facts) {

    public StoreSnapshot {
        verdicts = Map.copyOf(verdicts);
        facts = Map.copyOf(facts);
    }
}
