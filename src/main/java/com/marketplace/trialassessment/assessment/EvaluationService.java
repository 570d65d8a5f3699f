package com.marketplace.trialassessment.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.marketplace.trialassessment.category.TargetSetCache;
import com.marketplace.trialassessment.common.ConflictException;
import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.data.FactsQueries;
import com.marketplace.trialassessment.data.StoreWindow;
import com.marketplace.trialassessment.rules.AnnualKind;
import com.marketplace.trialassessment.rules.AnnualReevaluation;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.Evaluated;
import com.marketplace.trialassessment.rules.FactsWindow;
import com.marketplace.trialassessment.rules.LifeEvaluation;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.rules.TargetSet;
import com.marketplace.trialassessment.rules.WindowFacts;
import com.marketplace.trialassessment.store.StoreMessages;

/**
 * Takes the decisions that are due, for one store on request, for a chunk of stores in the daily run,
 * and after a re-evaluation: in each case the stores are locked and read ({@link StoreDecisions}), the
 * facts of the windows the rules ask for read in one statement ({@link FactsQueries}), the rules
 * decide ({@link LifeEvaluation}), and what they decided is written set-based. The paths differ only
 * in how many stores they take at once. Locking the stores first makes concurrent evaluations of one
 * store (requests, the daily run on several instances) take turns: the second finds the first one's
 * verdicts and decides nothing twice.
 */
@Service
public class EvaluationService {

    private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);

    /** Rounds of reading facts in one evaluation: decisions whose windows only earlier ones reveal. */
    private static final int MAX_FACTS_ROUNDS = 10;

    private final StoreDecisions decisions;
    private final FactsQueries facts;
    private final TargetSetCache targetSets;
    private final LifeEvaluation evaluation;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    EvaluationService(StoreDecisions decisions, FactsQueries facts, TargetSetCache targetSets,
            LifeEvaluation evaluation, Clock clock, PlatformTransactionManager transactionManager,
            MessageSource messages) {
        this.messages = messages;
        this.decisions = decisions;
        this.facts = facts;
        this.targetSets = targetSets;
        this.evaluation = evaluation;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
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

    /** Takes every decision of the store that is due today, in order. */
    @Transactional
    EvaluationResult evaluate(long storeId, Trigger trigger) {
        List<EvaluationResult> results = decide(List.of(storeId),
                new StoreDecisions.DecidedBy(trigger, CurrentCaller.subject()));
        if (results.isEmpty()) {
            throw new NotFoundException(StoreMessages.NOT_FOUND, storeId);
        }
        return results.get(0);
    }

    /**
     * Evaluates many stores, in one transaction with a fixed number of set-based statements whatever
     * the chunk's size. When any store of the chunk throws, that transaction is rolled back and the
     * chunk is decided again store by store, each in its own transaction, so that only the failing
     * store is left out (and reported). {@code recorder} is called in each transaction that decides
     * stores, with the evaluations it wrote, and for a store that threw in a transaction of its own.
     */
    public List<StoreEvaluation> evaluateChunk(List<Long> storeIds, Trigger trigger, String decidedBy,
            ChunkRecorder recorder) {
        StoreDecisions.DecidedBy by = new StoreDecisions.DecidedBy(trigger, decidedBy);
        try {
            return transactions.execute(status -> {
                List<StoreEvaluation> evaluations = decide(storeIds, by).stream().map(StoreEvaluation::of).toList();
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

    private List<StoreEvaluation> storeByStore(List<Long> storeIds, StoreDecisions.DecidedBy by,
            ChunkRecorder recorder) {
        List<StoreEvaluation> evaluations = new ArrayList<>(storeIds.size());
        for (long storeId : storeIds) {
            StoreEvaluation evaluation;
            try (MDC.MDCCloseable context = MDC.putCloseable(STORE_ID, Long.toString(storeId))) {
                evaluation = storeOnItsOwn(storeId, by, recorder);
            }
            if (evaluation != null) {
                evaluations.add(evaluation);
            }
        }
        return evaluations;
    }

    /** The key of a store's id in the logging context of the log lines about it (a field of structured logs). */
    public static final String STORE_ID = "storeId";

    /** One store of a chunk that failed, decided in a transaction of its own; null when it does not exist. */
    private StoreEvaluation storeOnItsOwn(long storeId, StoreDecisions.DecidedBy by, ChunkRecorder recorder) {
        try {
            return transactions.execute(status -> {
                List<StoreEvaluation> decided = decide(List.of(storeId), by).stream()
                        .map(StoreEvaluation::of).toList();
                recorder.record(decided);
                return decided.isEmpty() ? null : decided.get(0);
            });
        }
        catch (RuntimeException ex) {
            log.warn("Evaluating store {} failed", storeId, ex);
            StoreEvaluation failed = StoreEvaluation.failed(storeId, ex, messages);
            transactions.executeWithoutResult(status -> recorder.record(List.of(failed)));
            return failed;
        }
    }

    /** Locks and decides the stores that exist among {@code storeIds}, in the caller's transaction. */
    private List<EvaluationResult> decide(List<Long> storeIds, StoreDecisions.DecidedBy by) {
        List<DecidingStore> stores = decisions.lock(storeIds);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<FactsWindow, WindowFacts>> read = new HashMap<>();
        Map<Long, Collection<FactsWindow>> wanted = new HashMap<>();
        stores.forEach(store -> wanted.put(store.id(), evaluation.windows(store.life(), today)));
        for (int round = 1; ; round++) {
            read(wanted, read);
            wanted.clear();
            List<StoreDecisions.Decided> decided = new ArrayList<>(stores.size());
            for (DecidingStore store : stores) {
                Evaluated evaluated = evaluation.evaluate(store.life(), today, targets(store),
                        read.getOrDefault(store.id(), Map.of()));
                if (!evaluated.missingFacts().isEmpty()) {
                    wanted.put(store.id(), evaluated.missingFacts());
                }
                decided.add(new StoreDecisions.Decided(store, evaluated, null));
            }
            if (wanted.isEmpty()) {
                return decisions.write(decided, by, Timestamps.now(clock));
            }
            requireProgress(round);
        }
    }

    /**
     * Decides checkpoint {@code number} again, on today's facts. The new verdict supersedes the
     * current one, the store's status follows the current verdicts, and what is then due is decided.
     */
    @Transactional
    EvaluationResult reevaluate(long storeId, int number, String reason) {
        Checkpoint checkpoint = Checkpoint.of(number);
        DecidingStore store = lockOne(storeId);
        LocalDate today = LocalDate.now(clock);
        MessageSourceResolvable what = AssessmentMessages.CHECKPOINT.with(number, storeId);
        if (AnnualReevaluation.clearedBy(store.life(), today)) {
            throw new ConflictException(AssessmentMessages.CLEARED, what);
        }
        if (!store.life().hasDecided(checkpoint)) {
            throw new ConflictException(AssessmentMessages.NO_VERDICT_YET, what);
        }
        Evaluated evaluated = withFacts(store, evaluation.reevaluationWindows(store.life(), checkpoint, today),
                facts -> evaluation.reevaluate(store.life(), checkpoint, today, targets(store), facts, reason));
        if (evaluated.decided().isEmpty()) {
            throw new ConflictException(AssessmentMessages.SCORE_MISSING, what);
        }
        return decisions.write(List.of(new StoreDecisions.Decided(store, evaluated, reason)),
                new StoreDecisions.DecidedBy(Trigger.REEVALUATION, CurrentCaller.subject()), Timestamps.now(clock))
                .get(0);
    }

    /**
     * Decides the store's latest annual assessment or rectification review of {@code year} again, on
     * today's facts with its own due date and window; the standing is worked out again and what is
     * then due is decided. 409 when the rules refuse it ({@link AnnualReevaluation}: not the store's
     * latest result, no such result, the store not formal or its clearance taken effect) or when it
     * cannot be decided now.
     */
    @Transactional
    EvaluationResult reevaluate(long storeId, AnnualKind kind, int year, String reason) {
        DecidingStore store = lockOne(storeId);
        StoreLife life = store.life();
        MessageSourceResolvable what = (kind == AnnualKind.ANNUAL ? AssessmentMessages.ANNUAL_ASSESSMENT
                : AssessmentMessages.RECTIFICATION_REVIEW).with(year, storeId);
        LocalDate today = LocalDate.now(clock);
        AnnualReevaluation.refusal(life, kind, year, today).ifPresent(refusal -> {
            throw new ConflictException(switch (refusal) {
                case CLEARED -> AssessmentMessages.CLEARED.with(what);
                case NOT_FORMAL -> AssessmentMessages.NOT_FORMAL.with(what, life.status());
                case NO_CURRENT_RESULT -> AssessmentMessages.NO_CURRENT_RESULT.with(what);
                case NOT_LATEST -> AssessmentMessages.NOT_LATEST.with(what);
            });
        });
        Evaluated evaluated = withFacts(store, evaluation.reevaluationWindows(life, kind, year, today),
                facts -> evaluation.reevaluate(life, kind, year, today, targets(store), facts, reason));
        if (evaluated.annualDecided().isEmpty()) {
            throw new ConflictException(AssessmentMessages.SCORE_MISSING, what);
        }
        return decisions.write(List.of(new StoreDecisions.Decided(store, evaluated, reason)),
                new StoreDecisions.DecidedBy(Trigger.REEVALUATION, CurrentCaller.subject()), Timestamps.now(clock))
                .get(0);
    }

    /**
     * Plans the next decision of these stores again, deciding nothing: after a change of what their
     * plan depends on (a new target version of their category), in the caller's transaction.
     */
    @Transactional
    void replan(List<Long> storeIds) {
        List<StoreDecisions.Decided> replanned = decisions.lock(storeIds).stream()
                .map(store -> new StoreDecisions.Decided(store, evaluation.replan(store.life()), null))
                .toList();
        decisions.write(replanned, new StoreDecisions.DecidedBy(Trigger.REQUEST, CurrentCaller.subject()),
                Timestamps.now(clock));
    }

    private DecidingStore lockOne(long storeId) {
        List<DecidingStore> locked = decisions.lock(List.of(storeId));
        if (locked.isEmpty()) {
            throw new NotFoundException(StoreMessages.NOT_FOUND, storeId);
        }
        return locked.get(0);
    }

    /** Runs {@code evaluate} on the facts it asks for: first {@code windows}, then any it says it missed. */
    private Evaluated withFacts(DecidingStore store, Collection<FactsWindow> windows,
            Function<Map<FactsWindow, WindowFacts>, Evaluated> evaluate) {
        Map<Long, Map<FactsWindow, WindowFacts>> read = new HashMap<>();
        Map<Long, Collection<FactsWindow>> wanted = new HashMap<>(Map.of(store.id(), windows));
        for (int round = 1; ; round++) {
            read(wanted, read);
            Evaluated evaluated = evaluate.apply(read.getOrDefault(store.id(), Map.of()));
            if (evaluated.missingFacts().isEmpty()) {
                return evaluated;
            }
            wanted = new HashMap<>(Map.of(store.id(), evaluated.missingFacts()));
            requireProgress(round);
        }
    }

    /** Reads the facts of the wanted windows not read yet, in one statement for every store. */
    private void read(Map<Long, Collection<FactsWindow>> wanted, Map<Long, Map<FactsWindow, WindowFacts>> read) {
        List<StoreWindow> windows = new ArrayList<>();
        wanted.forEach((storeId, storeWindows) -> storeWindows.stream()
                .filter(w -> !read.getOrDefault(storeId, Map.of()).containsKey(w))
                .forEach(w -> windows.add(new StoreWindow(storeId, w))));
        facts.of(windows).forEach((request, windowFacts) -> read.computeIfAbsent(request.storeId(),
                id -> new HashMap<>()).put(request.window(), windowFacts));
    }

    /** Each round reads what the one before found missing; a store's life never needs more than a few. */
    private static void requireProgress(int round) {
        if (round >= MAX_FACTS_ROUNDS) {
            throw new IllegalStateException("The facts of an evaluation were still missing after " + round
                    + " reads");
        }
    }

    private TargetSet targets(DecidingStore store) {
        return targetSets.get(store.store().targetVersionId());
    }
}
