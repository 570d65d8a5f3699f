package com.marketplace.trialassessment.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.assessment.rules.Checkpoint;
import com.marketplace.trialassessment.assessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.assessment.rules.CheckpointResult;
import com.marketplace.trialassessment.assessment.rules.CheckpointRules;
import com.marketplace.trialassessment.assessment.rules.Decision;
import com.marketplace.trialassessment.assessment.rules.Standing;
import com.marketplace.trialassessment.assessment.rules.TargetSet;
import com.marketplace.trialassessment.assessment.rules.TrialProgress;
import com.marketplace.trialassessment.common.ConflictException;
import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.store.StatusChangeCause;
import com.marketplace.trialassessment.store.Store;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreStatus;

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
    private final FactsLoader factsLoader;
    private final CheckpointRules rules;
    private final Clock clock;
    private final TransactionTemplate transactions;

    EvaluationService(StoreCatalog stores, Verdicts verdicts, FactsLoader factsLoader, CheckpointRules rules,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.stores = stores;
        this.verdicts = verdicts;
        this.factsLoader = factsLoader;
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
     * Evaluates many stores. The chunk is decided in one transaction: its stores are locked, and their
     * current verdicts and facts read, with a few set-based queries, and the verdicts and status
     * changes are written in JDBC batches at the end. When any store of the chunk throws, that
     * transaction is rolled back and the chunk is decided again store by store, each in its own
     * transaction, so that only the failing store is left out (and reported).
     */
    public List<StoreEvaluation> evaluateChunk(List<Long> storeIds, Trigger trigger, String decidedBy) {
        DecidedBy by = new DecidedBy(trigger, decidedBy);
        try {
            return transactions.execute(status -> decideChunk(storeIds, by));
        }
        catch (RuntimeException ex) {
            log.warn("Deciding a chunk of {} stores failed ({}); deciding them one by one", storeIds.size(),
                    ex.toString());
            return storeByStore(storeIds, by);
        }
    }

    private List<StoreEvaluation> decideChunk(List<Long> storeIds, DecidedBy by) {
        List<Store> locked = stores.getAllForUpdate(storeIds);
        Map<Long, Map<Checkpoint, Verdict>> current = currentByCheckpoint(storeIds);
        LocalDate today = LocalDate.now(clock);
        List<FactsRequest> requests = new ArrayList<>();
        for (Store store : locked) {
            if (store.status() == StoreStatus.TRIAL) {
                TrialProgress.dueUndecided(store.launchDate(), today, outcomes(current.getOrDefault(store.id(), Map.of())))
                        .forEach(checkpoint -> requests.add(new FactsRequest(store.id(), store.launchDate(), checkpoint)));
            }
        }
        Map<FactsRequest, CheckpointFacts> preloaded = factsLoader.load(requests);
        FactsSource facts = wanted -> preloaded.keySet().containsAll(wanted)
                ? wanted.stream().collect(Collectors.toMap(r -> r, preloaded::get))
                : factsLoader.load(wanted);
        List<StoreEvaluation> evaluations = new ArrayList<>(locked.size());
        for (Store store : locked) {
            Map<Checkpoint, Verdict> storeVerdicts = current.computeIfAbsent(store.id(),
                    id -> new EnumMap<>(Checkpoint.class));
            evaluations.add(StoreEvaluation.of(decideDue(store, by, storeVerdicts, new ArrayList<>(), facts)));
        }
        verdicts.flush();
        return evaluations;
    }

    private List<StoreEvaluation> storeByStore(List<Long> storeIds, DecidedBy by) {
        List<StoreEvaluation> evaluations = new ArrayList<>(storeIds.size());
        for (long storeId : storeIds) {
            try {
                evaluations.add(StoreEvaluation.of(transactions.execute(status -> evaluate(storeId, by))));
            }
            catch (RuntimeException ex) {
                log.warn("Evaluating store {} failed", storeId, ex);
                evaluations.add(StoreEvaluation.failed(storeId, ex));
            }
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
        TargetSet targets = TargetSets.of(store.targetVersion());
        List<FactsRequest> requests = checkpoints.stream()
                .map(c -> new FactsRequest(store.id(), store.launchDate(), c))
                .toList();
        Map<FactsRequest, CheckpointFacts> facts = factsSource.load(requests);
        List<Decision> decisions = new ArrayList<>();
        for (FactsRequest request : requests) {
            Decision decision = rules.decide(request.checkpoint(), store.launchDate(), targets, facts.get(request));
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
        Standing standing = TrialProgress.standing(outcomes(current));
        StoreStatus target = StoreStatus.valueOf(standing.name());
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

    private Map<Long, Map<Checkpoint, Verdict>> currentByCheckpoint(List<Long> storeIds) {
        Map<Long, Map<Checkpoint, Verdict>> current = new HashMap<>();
        verdicts.findCurrent(storeIds).forEach(v -> current
                .computeIfAbsent(v.storeId(), id -> new EnumMap<>(Checkpoint.class)).put(v.checkpoint(), v));
        return current;
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
