package com.marketplace.trialassessment.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.ConflictException;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.Evaluated;
import com.marketplace.trialassessment.rules.StatusChange;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreForDecision;
import com.marketplace.trialassessment.store.StoreUpdate;

/**
 * Reads stores for their decisions and writes down what the rules decided, for one store or a chunk
 * of the daily run alike, with a fixed number of set-based statements whatever the number of stores:
 * the stores are locked and read, their current verdicts read; then verdicts that stop being current
 * are retired, new verdicts inserted in one batch, and the stores' status changes, history and next
 * decision written in two statements. Nothing here decides anything.
 */
@Component
class StoreDecisions {

    private final StoreCatalog stores;
    private final VerdictRows verdicts;

    StoreDecisions(StoreCatalog stores, VerdictRows verdicts) {
        this.stores = stores;
        this.verdicts = verdicts;
    }

    /** What decided: the trigger and the {@code sub} recorded on the verdicts. */
    record DecidedBy(Trigger trigger, String subject) {
    }

    /** What the rules decided for one store, and, for a re-evaluation, the staff's reason. */
    record Decided(DecidingStore store, Evaluated evaluated, String reason) {

        Decided {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(evaluated, "evaluated");
        }
    }

    /** The stores that exist among {@code ids}, locked until the transaction ends, with their current verdicts. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<DecidingStore> lock(List<Long> ids) {
        List<StoreForDecision> locked = stores.lockForDecision(ids);
        Map<Long, Map<Checkpoint, CurrentVerdict>> current = verdicts.current(ids);
        List<DecidingStore> deciding = new ArrayList<>(locked.size());
        for (StoreForDecision store : locked) {
            Map<Checkpoint, CurrentVerdict> storeVerdicts = current.getOrDefault(store.id(), Map.of());
            Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
            storeVerdicts.forEach((checkpoint, verdict) -> outcomes.put(checkpoint, verdict.passed()));
            deciding.add(new DecidingStore(store, storeVerdicts,
                    new StoreLife(store.launchDate(), store.status(), outcomes)));
        }
        return deciding;
    }

    /**
     * Writes what the rules decided, in the caller's transaction: the stores must be the ones
     * {@link #lock} locked in it. Answers what each store's evaluation came to, in the same order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<EvaluationResult> write(List<Decided> decisions, DecidedBy by, Instant now) {
        List<Long> retired = new ArrayList<>();
        List<VerdictDraft> drafts = new ArrayList<>();
        for (Decided decided : decisions) {
            Map<Checkpoint, CurrentVerdict> current = decided.store().verdicts();
            decided.evaluated().notCurrent().forEach(checkpoint -> retired.add(current.get(checkpoint).id()));
            for (CheckpointResult result : decided.evaluated().decided()) {
                CurrentVerdict superseded = decided.evaluated().notCurrent().contains(result.checkpoint())
                        ? current.get(result.checkpoint()) : null;
                drafts.add(new VerdictDraft(decided.store().id(), decided.store().store().targetVersionId(), result,
                        by.trigger(), now, superseded == null ? null : superseded.id(),
                        superseded == null ? null : decided.reason(), by.subject()));
            }
        }
        if (verdicts.retire(retired, now) != retired.size()) {
            throw new ConflictException("A verdict stopped being current while its store was being decided");
        }
        List<Long> ids = verdicts.insert(drafts);

        List<EvaluationResult> results = new ArrayList<>(decisions.size());
        List<StoreUpdate> updates = new ArrayList<>();
        int first = 0;
        for (Decided decided : decisions) {
            Evaluated evaluated = decided.evaluated();
            List<Long> storeIds = ids.subList(first, first + evaluated.decided().size());
            first += evaluated.decided().size();
            StoreForDecision store = decided.store().store();
            if (!evaluated.decided().isEmpty() || !evaluated.next().equals(store.next())) {
                updates.add(new StoreUpdate(store.id(), store.status(), evaluated.status(), evaluated.next(),
                        history(evaluated, storeIds), now));
            }
            int passed = (int) evaluated.decided().stream().filter(CheckpointResult::passed).count();
            results.add(new EvaluationResult(store.id(), evaluated.status(), storeIds, passed,
                    evaluated.awaitingData().orElse(null)));
        }
        stores.recordDecisions(updates);
        return results;
    }

    private static List<StoreUpdate.HistoryEntry> history(Evaluated evaluated, List<Long> verdictIds) {
        List<StoreUpdate.HistoryEntry> history = new ArrayList<>();
        for (StatusChange change : evaluated.statusChanges()) {
            history.add(new StoreUpdate.HistoryEntry(change.from(), change.to(), change.cause(),
                    change.checkpoint().number(), verdictIds.get(change.result()), change.reason()));
        }
        return history;
    }
}
