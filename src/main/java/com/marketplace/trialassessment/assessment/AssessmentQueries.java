package com.marketplace.trialassessment.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointFacts;

/** What read models (the dashboard) ask of assessment: facts as the rules see them, and current verdicts. */
@Component
public class AssessmentQueries {

    private final FactsLoader facts;
    private final StoreSnapshotLoader snapshots;
    private final VerdictRows verdicts;

    AssessmentQueries(FactsLoader facts, StoreSnapshotLoader snapshots, VerdictRows verdicts) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.verdicts = verdicts;
    }

    /**
     * The store with its current verdicts and the facts of every checkpoint, in one SQL statement;
     * empty when there is no such store. Deliberately not transactional: one statement is consistent
     * on its own, and without a transaction it costs one round trip instead of three.
     */
    public Optional<StoreSnapshot> snapshot(long storeId) {
        return snapshots.load(storeId);
    }

    /** The facts of each (store, checkpoint), with one query per kind of fact for all of them. */
    @Transactional(readOnly = true)
    public Map<FactsRequest, CheckpointFacts> facts(List<FactsRequest> requests) {
        return facts.load(requests);
    }

    /** The current verdicts of each store, by checkpoint; stores without any are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Checkpoint, CurrentVerdict>> currentVerdicts(Collection<Long> storeIds) {
        return verdicts.current(storeIds);
    }
}
