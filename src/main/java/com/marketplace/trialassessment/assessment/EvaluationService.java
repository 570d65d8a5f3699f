package com.marketplace.trialassessment.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.CheckpointRules;
import com.marketplace.trialassessment.rules.Decision;
import com.marketplace.trialassessment.rules.TargetSet;
import com.marketplace.trialassessment.rules.TrialProgress;
import com.marketplace.trialassessment.common.ConflictException;
import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.store.StatusChangeCause;
import com.marketplace.trialassessment.store.RunTransition;
import com.marketplace.trialassessment.store.Store;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreOnTrial;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * Decides checkpoints for one store at a time. Every entry point locks the store's row first, so
 * concurrent evaluations of one store (requests, the daily run on several instances) take turns:
 * the second finds the first one's verdicts and decides nothing twice.
 */
@Service
public class EvaluationService {

    /** The longest reason the status history keeps, like every reason of the rule book. */
    static final int MAX_REASON_LENGTH = 2000;

    private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);

    private final StoreCatalog stores;
    private final Verdicts verdicts;
    private final VerdictRows verdictRows;
    private final FactsLoader factsLoader;
    private final TargetSetCache targetSets;
    private final CheckpointRules rules;
    private final Clock clock;
    private final TransactionTemplate transactions;

    EvaluationService(StoreCatalog stores, Verdicts verdicts, VerdictRows verdictRows, FactsLoader factsLoader,
            TargetSetCache targetSets, CheckpointRules rules, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.stores = stores;
        this.verdicts = verdicts;
        this.verdictRows = verdictRows;
        this.factsLoader = factsLoader;
        this.targetSets = targetSets;
        this.rules = rules;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What decides: the trigger and the {@code sub} recorded on the verdicts. */
    private record DecidedBy(Trigger trigger, String subject) {
    }

    /** Where the facts of a store's checkpoints come from: loaded now, or preloaded for a chunk. */
    @FunctionalInterface
    private interface FactsSource {
        Map<FactsRequest, CheckpointFacts> load(List<FactsRequest> requests);
    }

    /** Decides every due, undecided checkpoint of the store in order. */
    @Transactional
    EvaluationResult evaluate(long storeId, Trigger trigger) {
        return evaluate(storeId, new DecidedBy(trigger, CurrentCaller.subject()));
    }

    private EvaluationResult evaluate(long storeId, DecidedBy by) {
        Store store = stores.getForUpdate(storeId);
        return decideDue(store, by, currentByCheckpoint(storeId), new ArrayList<>(), factsLoader::load);
    }

    /**
     * What a run keeps of the evaluations of a chunk (its counts, errors and claims), written in the
     * same transaction as the verdicts and status changes they count: a run that dies between two
     * chunks has counted exactly what it wrote.
     */
    @FunctionalInterface
    public interface ChunkRecorder {

        /** Called inside the transaction that wrote (or, for a store that threw, did not write) these stores. */
        void record(List<StoreEvaluation> evaluations);
    }

    /**
     * Evaluates many stores. The chunk is decided in one transaction with a fixed number of set-based
     * statements, whatever its size: its stores are locked and read, their current verdicts and facts
     * read, then the new verdicts written in one batch and the status changes in one statement (no
     * entities: the run decides thousands of stores). When any store of the chunk throws, that
     * transaction is rolled back and the chunk is decided again store by store, each in its own
     * transaction, so that only the failing store is left out (and reported). {@code recorder} is
     * called in each transaction that decides stores, with the evaluations it wrote, and for a store
     * that threw in a transaction of its own.
     */
    public List<StoreEvaluation> evaluateChunk(List<Long> storeIds, Trigger trigger, String decidedBy,
            ChunkRecorder recorder) {
        DecidedBy by = new DecidedBy(trigger, decidedBy);
        try {
            return transactions.execute(status -> {
                List<StoreEvaluation> evaluations = decideChunk(storeIds, by);
                recorder.record(evaluations);
                return evaluations;
            });
        }
        catch (RuntimeException ex) {
            log.warn("Deciding a chunk of {} stores failed ({}); deciding them one by one", storeIds.size(),
                    ex.toString());
            return storeByStore(storeIds, by, recorder);
        }
    }

    private List<StoreEvaluation> decideChunk(List<Long> storeIds, DecidedBy by) {
        List<StoreOnTrial> locked = stores.lockForEvaluation(storeIds);
        Map<Long, Map<Checkpoint, CurrentVerdict>> current = verdictRows.current(storeIds);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Checkpoint>> due = new HashMap<>();
        List<FactsRequest> requests = new ArrayList<>();
        for (StoreOnTrial store : locked) {
            if (store.status() == StoreStatus.TRIAL) {
                Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
                current.getOrDefault(store.id(), Map.of()).forEach((c, v) -> outcomes.put(c, v.passed()));
                List<Checkpoint> checkpoints = TrialProgress.dueUndecided(store.launchDate(), today, outcomes);
                due.put(store.id(), checkpoints);
                checkpoints.forEach(c -> requests.add(new FactsRequest(store.id(), store.launchDate(), c)));
            }
        }
        Map<FactsRequest, CheckpointFacts> facts = factsLoader.load(requests);

        List<Verdict> decided = new ArrayList<>();
        List<EvaluationResult> results = new ArrayList<>(locked.size());
        for (StoreOnTrial store : locked) {
            List<Verdict> storeVerdicts = new ArrayList<>();
            Decision.AwaitingData awaiting = null;
            for (Decision decision : decide(store.id(), store.launchDate(), store.targetVersionId(),
                    due.getOrDefault(store.id(), List.of()), wanted -> facts)) {
                if (decision instanceof Decision.AwaitingData waiting) {
                    awaiting = waiting;
                    break;
                }
                storeVerdicts.add(Verdict.decided(store.id(), store.targetVersionId(),
                        ((Decision.Decided) decision).result(), by.trigger(), clock.instant(), by.subject()));
            }
            decided.addAll(storeVerdicts);
            results.add(new EvaluationResult(store.id(), statusAfter(store.status(), storeVerdicts), storeVerdicts,
                    awaiting));
        }

        List<Long> ids = verdictRows.insert(decided);
        List<RunTransition> transitions = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            Verdict verdict = decided.get(i);
            if (!verdict.passed()) {
                transitions.add(RunTransition.terminated(verdict.storeId(), verdict.checkpoint().number(), ids.get(i),
                        failureReason(verdict), verdict.decidedAt()));
            }
            else if (verdict.checkpoint().isLast()) {
                transitions.add(RunTransition.promoted(verdict.storeId(), ids.get(i), verdict.decidedAt()));
            }
        }
        stores.recordRunTransitions(transitions);
        return results.stream().map(StoreEvaluation::of).toList();
    }

    /** Where a store on trial ends up after the verdicts of one evaluation, as {@link #decideDue} moves it. */
    private static StoreStatus statusAfter(StoreStatus status, List<Verdict> decided) {
        if (decided.isEmpty()) {
            return status;
        }
        Verdict last = decided.get(decided.size() - 1);
        return !last.passed() ? StoreStatus.TERMINATED
                : last.checkpoint().isLast() ? StoreStatus.FORMAL : status;
    }

    private List<StoreEvaluation> storeByStore(List<Long> storeIds, DecidedBy by, ChunkRecorder recorder) {
        List<StoreEvaluation> evaluations = new ArrayList<>(storeIds.size());
        for (long storeId : storeIds) {
            StoreEvaluation evaluation;
            try {
                evaluation = transactions.execute(status -> {
                    StoreEvaluation decided = StoreEvaluation.of(evaluate(storeId, by));
                    recorder.record(List.of(decided));
                    return decided;
                });
            }
            catch (RuntimeException ex) {
                log.warn("Evaluating store {} failed", storeId, ex);
                evaluation = StoreEvaluation.failed(storeId, ex);
                StoreEvaluation failed = evaluation;
                transactions.executeWithoutResult(status -> recorder.record(List.of(failed)));
            }
            evaluations.add(evaluation);
        }
        return evaluations;
    }

    /**
     * Decides checkpoint {@code number} again, on today's facts. The new verdict supersedes the
     * current one, the store's status follows the current verdicts, and a store that is on trial
     * again gets its later due checkpoints decided.
     */
    @Transactional
    EvaluationResult reevaluate(long storeId, int number, String reason) {
        Checkpoint checkpoint = Checkpoint.of(number);
        Store store = stores.getForUpdate(storeId);
        Map<Checkpoint, Verdict> current = currentByCheckpoint(storeId);
        Verdict previous = current.get(checkpoint);
        if (previous == null) {
            throw new ConflictException("Checkpoint " + number + " of store " + storeId
                    + " has no verdict yet; evaluate the store instead");
        }
        Decision decision = decide(store, List.of(checkpoint), factsLoader::load).get(0);
        if (!(decision instanceof Decision.Decided decided)) {
            throw new ConflictException("Checkpoint " + number + " of store " + storeId
                    + " cannot be decided again: its service score is missing");
        }
        Instant now = clock.instant();
        previous.retire(now);
        verdicts.saveAndFlush(previous);
        Verdict verdict = verdicts.save(Verdict.reevaluated(previous, store.targetVersion().id(), decided.result(),
                reason, now, CurrentCaller.subject()));
        current.put(checkpoint, verdict);
        if (!verdict.passed()) {
            withdrawLaterVerdicts(current, checkpoint, now);
        }
        followCurrentVerdicts(store, current, verdict, reason, now);
        List<Verdict> decidedNow = new ArrayList<>(List.of(verdict));
        return decideDue(store, new DecidedBy(Trigger.REEVALUATION, CurrentCaller.subject()), current, decidedNow,
                factsLoader::load);
    }

    private EvaluationResult decideDue(Store store, DecidedBy by, Map<Checkpoint, Verdict> current,
            List<Verdict> decided, FactsSource facts) {
        Decision.AwaitingData awaiting = null;
        if (store.status() == StoreStatus.TRIAL) {
            List<Checkpoint> due = TrialProgress.dueUndecided(store.launchDate(), LocalDate.now(clock),
                    outcomes(current));
            for (Decision decision : decide(store, due, facts)) {
                if (decision instanceof Decision.AwaitingData waiting) {
                    awaiting = waiting;
                    break;
                }
                Verdict verdict = record(store, ((Decision.Decided) decision).result(), by);
                decided.add(verdict);
                if (!verdict.passed()) {
                    store.terminate(verdict.checkpoint().number(), verdict.id(), StatusChangeCause.CHECKPOINT_FAILED,
                            failureReason(verdict), verdict.decidedAt());
                    break;
                }
                if (verdict.checkpoint().isLast()) {
                    store.promoteToFormal(verdict.id(), StatusChangeCause.TRIAL_PASSED, null, verdict.decidedAt());
                }
            }
        }
        return new EvaluationResult(store.id(), store.status(), decided, awaiting);
    }

    /**
     * The decisions for {@code checkpoints} in order, as far as they go: the facts of all of them are
     * loaded at once, and the list ends at the first checkpoint that fails or cannot be decided.
     */
    private List<Decision> decide(Store store, List<Checkpoint> checkpoints, FactsSource factsSource) {
        return decide(store.id(), store.launchDate(), store.targetVersion().id(), checkpoints, factsSource);
    }

    private List<Decision> decide(long storeId, LocalDate launchDate, long targetVersionId,
            List<Checkpoint> checkpoints, FactsSource factsSource) {
        if (checkpoints.isEmpty()) {
            return List.of();
        }
        TargetSet targets = targetSets.get(targetVersionId);
        List<FactsRequest> requests = checkpoints.stream()
                .map(c -> new FactsRequest(storeId, launchDate, c))
                .toList();
        Map<FactsRequest, CheckpointFacts> facts = factsSource.load(requests);
        List<Decision> decisions = new ArrayList<>();
        for (FactsRequest request : requests) {
            Decision decision = rules.decide(request.checkpoint(), launchDate, targets, facts.get(request));
            decisions.add(decision);
            if (!(decision instanceof Decision.Decided decided) || !decided.result().passed()) {
                break;
            }
        }
        return decisions;
    }

    private Verdict record(Store store, CheckpointResult result, DecidedBy by) {
        return verdicts.save(Verdict.decided(store.id(), store.targetVersion().id(), result, by.trigger(),
                clock.instant(), by.subject()));
    }

    /** A checkpoint after a failed one is never decided: later verdicts stop being current. */
    private void withdrawLaterVerdicts(Map<Checkpoint, Verdict> current, Checkpoint failed, Instant now) {
        for (Checkpoint later = failed.next().orElse(null); later != null; later = later.next().orElse(null)) {
            Verdict verdict = current.remove(later);
            if (verdict != null) {
                verdict.retire(now);
            }
        }
    }

    private void followCurrentVerdicts(Store store, Map<Checkpoint, Verdict> current, Verdict verdict, String reason,
            Instant now) {
        StoreStatus target = TrialProgress.status(outcomes(current));
        if (target == store.status()) {
            return;
        }
        int checkpoint = verdict.checkpoint().number();
        switch (target) {
            case TRIAL -> store.returnToTrial(checkpoint, verdict.id(), reason, now);
            case TERMINATED -> store.terminate(checkpoint, verdict.id(), StatusChangeCause.REEVALUATION,
                    terminationReason(reason, verdict), now);
            case FORMAL -> {
                if (store.status() == StoreStatus.TERMINATED) {
                    store.returnToTrial(checkpoint, verdict.id(), reason, now);
                }
                store.promoteToFormal(verdict.id(), StatusChangeCause.REEVALUATION, reason, now);
            }
        }
    }

    /**
     * The staff's reason followed by what failed, within the 2,000 characters the status history
     * keeps: a reason that is itself up to 2,000 characters long is shortened (it stays whole on the
     * verdict).
     */
    private static String terminationReason(String reason, Verdict verdict) {
        String failure = " (" + failureReason(verdict) + ")";
        int room = MAX_REASON_LENGTH - failure.length();
        if (reason.length() <= room) {
            return reason + failure;
        }
        int end = room - 1;
        if (Character.isHighSurrogate(reason.charAt(end - 1))) {
            end--;
        }
        return reason.substring(0, end) + "\u2026" + failure;
    }

    private static String failureReason(Verdict verdict) {
        return "checkpoint " + verdict.checkpoint().number() + " failed: " + String.join(", ",
                verdict.failedRequirements().stream().map(Enum::name).toList());
    }

    private Map<Checkpoint, Verdict> currentByCheckpoint(long storeId) {
        Map<Checkpoint, Verdict> current = new EnumMap<>(Checkpoint.class);
        verdicts.findCurrent(storeId).forEach(v -> current.put(v.checkpoint(), v));
        return current;
    }

    private static Map<Checkpoint, Boolean> outcomes(Map<Checkpoint, Verdict> current) {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        current.forEach((checkpoint, verdict) -> outcomes.put(checkpoint, verdict.passed()));
        return outcomes;
    }
}
