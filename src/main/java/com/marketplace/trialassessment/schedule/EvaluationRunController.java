package com.marketplace.trialassessment.schedule;

import java.net.URI;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.common.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/evaluation-runs")
@Tag(name = "Scheduled evaluation")
class EvaluationRunController {

    private static final Logger log = LoggerFactory.getLogger(EvaluationRunController.class);

    private final EvaluationRunner runner;
    private final EvaluationRuns runs;
    private final EvaluationRunErrors errors;
    private final TaskExecutor executor;
    private final Clock clock;

    EvaluationRunController(EvaluationRunner runner, EvaluationRuns runs, EvaluationRunErrors errors,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.runner = runner;
        this.runs = runs;
        this.errors = errors;
        this.executor = executor;
        this.clock = clock;
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping
    @Operation(summary = "Start an evaluation run now; it goes on in the background (202)")
    ResponseEntity<EvaluationRunResponse> start() {
        EvaluationRun run = runner.start(RunTrigger.REQUEST);
        afterCommit(() -> executor.execute(() -> {
            try {
                runner.execute(run.id());
            }
            catch (RuntimeException ex) {
                log.error("Evaluation run {} failed", run.id(), ex);
            }
        }));
        return ResponseEntity.accepted().location(URI.create("/api/evaluation-runs/" + run.id()))
                .body(EvaluationRunResponse.of(run, null, clock));
    }

    /**
     * At once, or, when the request runs in a transaction (a request with an {@code Idempotency-Key}
     * does), once the run's record is committed: the run's thread must find it.
     */
    private static void afterCommit(Runnable task) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            task.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                task.run();
            }
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "One run with its counts and the stores that failed with an error")
    EvaluationRunResponse get(@PathVariable long id) {
        EvaluationRun run = runs.findById(id).orElseThrow(() -> new NotFoundException(ScheduleMessages.RUN_NOT_FOUND, id));
        return EvaluationRunResponse.of(run, errors.findTop100ByRunIdOrderByIdAsc(id), clock);
    }

    @GetMapping
    @Operation(summary = "Runs, newest first")
    PageResponse<EvaluationRunResponse> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(runs.findAll(Paging.of(page, size, Sort.by(Sort.Direction.DESC, "id"))),
                run -> EvaluationRunResponse.of(run, null, clock));
    }
}
