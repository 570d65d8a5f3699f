package com.marketplace.trialassessment.schedule;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.marketplace.trialassessment.assessment.EvaluationService;
import com.marketplace.trialassessment.assessment.StoreEvaluation;
import com.marketplace.trialassessment.assessment.Trigger;
import com.marketplace.trialassessment.common.CurrentCaller;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Runs the daily evaluation: claims due stores chunk by chunk, has each chunk decided (one chunk,
 * one transaction), and records the counts on the run. Any number of runs, on any number of
 * instances, may go at once; they share the work through {@link StoreClaims}.
 */
@Service
class EvaluationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationRunner.class);

    private final EvaluationRuns runs;
    private final EvaluationRunErrors runErrors;
    private final StoreClaims claims;
    private final EvaluationService evaluations;
    private final ScheduleProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final String instanceId;

    EvaluationRunner(EvaluationRuns runs, EvaluationRunErrors runErrors, StoreClaims claims,
            EvaluationService evaluations, ScheduleProperties properties, Clock clock,
            PlatformTransactionManager transactionManager, MeterRegistry meters) {
        this.runs = runs;
        this.runErrors = runErrors;
        this.claims = claims;
        this.evaluations = evaluations;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.meters = meters;
        this.instanceId = properties.instanceId() != null && !properties.instanceId().isBlank()
                ? properties.instanceId() : ManagementFactory.getRuntimeMXBean().getName();
    }

    /** Records a new run; {@link #execute(long)} then does its work. */
    EvaluationRun start(RunTrigger trigger) {
        return transactions.execute(status -> {
            abandonSilentRuns();
            return runs.save(new EvaluationRun(trigger, LocalDate.now(clock), instanceId, CurrentCaller.subject(),
                    clock.instant()));
        });
    }

    /** Starts a run and does its work in the calling thread. */
    EvaluationRun run(RunTrigger trigger) {
        return execute(start(trigger).id());
    }

    EvaluationRun execute(long runId) {
        Timer.Sample sample = Timer.start(meters);
        EvaluationRun run = runs.findById(runId).orElseThrow();
        try {
            work(run);
            claims.release(runId);
            run = transactions.execute(status -> {
                EvaluationRun finished = runs.findById(runId).orElseThrow();
                finished.complete(clock.instant());
                return finished;
            });
            log.info("Evaluation run {} ({}, {}) completed: {} stores evaluated, {} verdicts ({} passed, {} failed), "
                    + "{} awaiting data, {} errors", run.id(), run.trigger(), run.businessDate(),
                    run.storesEvaluated(), run.verdicts(), run.passed(), run.failed(), run.awaitingData(),
                    run.errors());
            return run;
        }
        catch (RuntimeException ex) {
            log.error("Evaluation run {} stopped; its claimed stores are released when its lease expires", runId, ex);
            throw ex;
        }
        finally {
            sample.stop(meters.timer("trial.evaluation.run.duration", "trigger", run.trigger().name()));
            meters.counter("trial.evaluation.runs", "trigger", run.trigger().name()).increment();
        }
    }

    /**
     * {@code trial.schedule.workers} threads claim and decide chunks until none is left. They share
     * the work through the same claims as separate instances do, so no store is decided twice.
     */
    private void work(EvaluationRun run) {
        int workers = properties.workers();
        if (workers == 1) {
            claimAndDecide(run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> claimAndDecide(run)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Evaluation run " + run.id() + " was interrupted", ex);
        }
        catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Evaluation run " + run.id() + " failed", ex.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }

    /**
     * Claims and decides chunks until none is left. Claims go on from the last id this worker claimed;
     * when none is left above it, one more claim from the start picks up any store skipped because
     * another transaction held it at the time, and the worker stops only when that finds nothing either.
     */
    private void claimAndDecide(EvaluationRun run) {
        long afterId = 0;
        while (true) {
            List<Long> claimed = claim(run, afterId);
            if (claimed.isEmpty() && afterId > 0) {
                afterId = 0;
                claimed = claim(run, afterId);
            }
            if (claimed.isEmpty()) {
                return;
            }
            afterId = claimed.stream().mapToLong(Long::longValue).max().orElseThrow();
            List<StoreEvaluation> evaluated = evaluations.evaluateChunk(claimed, Trigger.SCHEDULE, run.startedBy());
            record(run.id(), evaluated);
            count(evaluated);
        }
    }

    private List<Long> claim(EvaluationRun run, long afterId) {
        Instant now = clock.instant();
        return transactions.execute(status -> claims.claim(run.id(), properties.chunkSize(), afterId,
                LocalDate.now(clock), now, now.plus(properties.claimLease())));
    }

    /** One chunk at a time, so that the workers' counts add up on the run. */
    private synchronized EvaluationRun record(long runId, List<StoreEvaluation> evaluated) {
        return transactions.execute(status -> {
            EvaluationRun run = runs.findById(runId).orElseThrow();
            Instant now = clock.instant();
            run.record(evaluated, now);
            evaluated.stream().filter(StoreEvaluation::failedWithError)
                    .forEach(e -> runErrors.save(new EvaluationRunError(runId, e.storeId(), e.error(), now)));
            claims.releaseDecided(runId, evaluated.stream()
                    .filter(e -> !e.failedWithError() && !e.awaitingData())
                    .map(StoreEvaluation::storeId).toList());
            return run;
        });
    }

    /** Runs whose instance stopped sending heartbeats for a whole lease are dead: free their stores. */
    private void abandonSilentRuns() {
        Instant now = clock.instant();
        for (EvaluationRun silent : runs.findSilentSince(now.minus(properties.claimLease()))) {
            silent.abandon(now);
            claims.release(silent.id());
            log.warn("Evaluation run {} on {} sent no heartbeat since {}: abandoned, its stores released",
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
