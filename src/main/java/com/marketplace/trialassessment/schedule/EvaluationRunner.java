package com.marketplace.trialassessment.schedule;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.marketplace.trialassessment.assessment.EvaluationService;
import com.marketplace.trialassessment.assessment.StoreEvaluation;
import com.marketplace.trialassessment.assessment.Trigger;
import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.store.ClaimedStore;
import com.marketplace.trialassessment.store.StoreCatalog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;

/**
 * Runs the daily evaluation: claims due stores chunk by chunk, has each chunk decided (one chunk,
 * one transaction, its counts on the run in that same transaction), and completes the run. Any
 * number of runs, on any number of instances, may go at once; they share the work through the
 * stores' claims ({@link StoreCatalog#claimDue}).
 */
@Service
class EvaluationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationRunner.class);

    private final EvaluationRuns runs;
    private final EvaluationRunErrors runErrors;
    private final StoreCatalog stores;
    private final EvaluationService evaluations;
    private final ScheduleProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final AsyncTaskExecutor workers;
    private final String instanceId;
    private final ApplicationEventPublisher events;
    /** Set when the application shuts down: workers stop after the chunk they are deciding. */
    private volatile boolean stopping;

    EvaluationRunner(EvaluationRuns runs, EvaluationRunErrors runErrors, StoreCatalog stores,
            EvaluationService evaluations, ScheduleProperties properties, Clock clock,
            PlatformTransactionManager transactionManager, MeterRegistry meters,
            @Qualifier(EvaluationWorkersConfiguration.WORKERS) AsyncTaskExecutor workers,
            ApplicationEventPublisher events) {
        this.runs = runs;
        this.events = events;
        this.runErrors = runErrors;
        this.stores = stores;
        this.evaluations = evaluations;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.meters = meters;
        this.workers = workers;
        this.instanceId = properties.instanceId() != null && !properties.instanceId().isBlank()
                ? properties.instanceId() : ManagementFactory.getRuntimeMXBean().getName();
    }

    /** Records a new run; {@link #execute(long)} then does its work. */
    EvaluationRun start(RunTrigger trigger) {
        return transactions.execute(status -> {
            abandonSilent();
            return runs.save(new EvaluationRun(trigger, LocalDate.now(clock), instanceId, CurrentCaller.subject(),
                    clock.instant()));
        });
    }

    /** Starts a run and does its work in the calling thread. */
    EvaluationRun run(RunTrigger trigger) {
        return execute(start(trigger).id());
    }

    EvaluationRun execute(long runId) {
        try (MDC.MDCCloseable context = MDC.putCloseable(RUN_ID, Long.toString(runId))) {
            return executeRun(runId);
        }
    }

    /** The key of the run's id in the logging context of its log lines (a field of structured logs). */
    static final String RUN_ID = "runId";

    private EvaluationRun executeRun(long runId) {
        Timer.Sample sample = Timer.start(meters);
        EvaluationRun run = runs.findById(runId).orElseThrow();
        events.publishEvent(new EvaluationRunStarted(runId));
        try {
            work(run);
            stores.releaseClaims(runId);
            run = transactions.execute(status -> {
                EvaluationRun finished = runs.findById(runId).orElseThrow();
                if (stopping) {
                    if (finished.status() == RunStatus.RUNNING) {
                        finished.abandon(clock.instant());
                    }
                }
                else {
                    finished.complete(clock.instant());
                }
                return finished;
            });
            log.info("Evaluation run {} ({}, {}) {}: {} stores evaluated, {} verdicts ({} passed, {} failed), "
                    + "{} annual results, {} fee statements, {} clearances, {} awaiting data, {} errors", run.id(), run.trigger(),
                    run.businessDate(), stopping ? "stopped by the shutdown" : "completed", run.storesEvaluated(),
                    run.verdicts(), run.passed(), run.failed(), run.annualResults(), run.feeStatements(), run.clearances(),
                    run.awaitingData(), run.errors());
            return run;
        }
        catch (RuntimeException ex) {
            log.error("Evaluation run {} stopped; its claimed stores are released when its lease expires", runId, ex);
            throw ex;
        }
        finally {
            events.publishEvent(new EvaluationRunFinished(runId));
            sample.stop(meters.timer("trial.evaluation.run.duration", "trigger", run.trigger().name()));
            meters.counter("trial.evaluation.runs", "trigger", run.trigger().name()).increment();
        }
    }

    /**
     * Marks the runs that have recorded nothing for {@code trial.schedule.heartbeat-timeout} as
     * abandoned and frees their stores; every instance does it once a minute, and before each run.
     */
    void abandonSilentRuns() {
        transactions.executeWithoutResult(status -> abandonSilent());
    }

    /** The application is shutting down: workers finish the chunk they are deciding, and the run is abandoned. */
    @PreDestroy
    void stop() {
        stopping = true;
    }

    /**
     * {@code trial.schedule.workers} tasks on the workers' executor claim and decide chunks until none
     * is left. They share the work through the same claims as separate instances do, so no store is
     * decided twice.
     */
    private void work(EvaluationRun run) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < properties.workers(); i++) {
            running.add(workers.submitCompletable(() -> claimAndDecide(run)));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        }
        catch (CompletionException ex) {
            running.forEach(future -> future.cancel(false));
            throw ex.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Evaluation run " + run.id() + " failed", ex.getCause());
        }
    }

    /**
     * Claims and decides chunks until none is left. Claims go on from the last id this worker claimed;
     * when none is left above it, one more claim from the start picks up any store skipped because
     * another transaction held it at the time, and the worker stops only when that finds nothing either.
     */
    private void claimAndDecide(EvaluationRun run) {
        try (MDC.MDCCloseable context = MDC.putCloseable(RUN_ID, Long.toString(run.id()))) {
            claimAndDecideChunks(run);
        }
    }

    private void claimAndDecideChunks(EvaluationRun run) {
        ClaimedStore after = ClaimedStore.START;
        while (!stopping) {
            List<ClaimedStore> claimed = claim(run, after);
            if (claimed.isEmpty() && after != ClaimedStore.START) {
                after = ClaimedStore.START;
                claimed = claim(run, after);
            }
            if (claimed.isEmpty()) {
                return;
            }
            after = claimed.get(claimed.size() - 1);
            List<StoreEvaluation> evaluated = evaluations.evaluateChunk(
                    claimed.stream().map(ClaimedStore::id).toList(), Trigger.SCHEDULE, run.startedBy(),
                    decided -> record(run.id(), decided));
            count(evaluated);
        }
    }

    private List<ClaimedStore> claim(EvaluationRun run, ClaimedStore after) {
        Instant now = clock.instant();
        return transactions.execute(status -> stores.claimDue(run.id(), properties.chunkSize(), after,
                LocalDate.now(clock), now, now.plus(properties.claimLease())));
    }

    /**
     * Counts decided stores on the run, in the transaction that decided them (the run's row is locked,
     * so the workers of one run count in turn), records those that threw, and gives back the claims of
     * the stores that are decided.
     */
    private void record(long runId, List<StoreEvaluation> evaluated) {
        EvaluationRun run = runs.findForUpdate(runId).orElseThrow();
        Instant now = clock.instant();
        run.record(evaluated, now);
        evaluated.stream().filter(StoreEvaluation::failedWithError)
                .forEach(e -> runErrors.save(new EvaluationRunError(runId, e.storeId(), e.error(), now)));
        stores.releaseDecided(runId, evaluated.stream()
                .filter(e -> !e.failedWithError() && !e.awaitingData())
                .map(StoreEvaluation::storeId).toList());
    }

    private void abandonSilent() {
        Instant now = clock.instant();
        for (EvaluationRun silent : runs.findByStatusAndHeartbeatAtBefore(RunStatus.RUNNING,
                now.minus(properties.heartbeatTimeout()))) {
            silent.abandon(now);
            stores.releaseClaims(silent.id());
            log.warn("Evaluation run {} on {} recorded nothing since {}: abandoned, its stores released",
                    silent.id(), silent.instanceId(), silent.heartbeatAt());
        }
    }

    private void count(List<StoreEvaluation> evaluated) {
        Counter passed = meters.counter("trial.evaluation.verdicts", "outcome", "PASSED");
        Counter failed = meters.counter("trial.evaluation.verdicts", "outcome", "FAILED");
        for (StoreEvaluation evaluation : evaluated) {
            passed.increment(evaluation.passed());
            failed.increment(evaluation.failed());
            if (evaluation.awaitingData()) {
                meters.counter("trial.evaluation.awaiting.data").increment();
            }
            if (evaluation.failedWithError()) {
                meters.counter("trial.evaluation.errors").increment();
            }
        }
        meters.counter("trial.evaluation.stores").increment(evaluated.size());
    }
}
