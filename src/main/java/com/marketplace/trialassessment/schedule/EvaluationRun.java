package com.marketplace.trialassessment.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.marketplace.trialassessment.assessment.StoreEvaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the daily evaluation on one instance, with its counts. */
@Entity
@Table(name = "evaluation_run")
class EvaluationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RunTrigger trigger;

    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    private RunStatus status;

    private String instanceId;

    private String startedBy;

    private Instant startedAt;

    private Instant heartbeatAt;

    private Instant finishedAt;

    private int storesEvaluated;

    private int verdicts;

    private int passed;

    private int failed;

    private int awaitingData;

    private int errors;

    private int annualResults;

    private int feeStatements;

    private int clearances;

    protected EvaluationRun() {
    }

    EvaluationRun(RunTrigger trigger, LocalDate businessDate, String instanceId, String startedBy, Instant now) {
        this.startedBy = startedBy;
        this.trigger = trigger;
        this.businessDate = businessDate;
        this.instanceId = instanceId;
        this.status = RunStatus.RUNNING;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    /**
     * Adds what one chunk of stores came to, in the transaction that decided them; also a heartbeat.
     * A run marked abandoned while it was still deciding (its heartbeat came late) still counts what
     * it decided: the counts are always those of the verdicts written.
     */
    void record(List<StoreEvaluation> evaluations, Instant now) {
        for (StoreEvaluation evaluation : evaluations) {
            storesEvaluated++;
            verdicts += evaluation.verdicts();
            passed += evaluation.passed();
            failed += evaluation.failed();
            awaitingData += evaluation.awaitingData() ? 1 : 0;
            errors += evaluation.failedWithError() ? 1 : 0;
            annualResults += evaluation.annualResults();
            clearances += evaluation.cleared() ? 1 : 0;
            feeStatements += evaluation.feeStatements();
        }
        if (status == RunStatus.RUNNING) {
            heartbeatAt = now;
        }
    }

    /** Every due store has been decided; also a run abandoned too early (a late heartbeat) that went on to the end. */
    void complete(Instant now) {
        if (status == RunStatus.COMPLETED) {
            throw new IllegalStateException("Run " + id + " is already completed");
        }
        status = RunStatus.COMPLETED;
        heartbeatAt = now;
        finishedAt = now;
    }

    /** Its instance stopped (crashed, was killed, or shut down mid-run): the stores left are another run's. */
    void abandon(Instant now) {
        requireRunning();
        status = RunStatus.ABANDONED;
        finishedAt = now;
    }

    private void requireRunning() {
        if (status != RunStatus.RUNNING) {
            throw new IllegalStateException("Run " + id + " is " + status);
        }
    }

    Long id() { return id; }
    RunTrigger trigger() { return trigger; }
    LocalDate businessDate() { return businessDate; }
    RunStatus status() { return status; }
    String instanceId() { return instanceId; }
    String startedBy() { return startedBy; }
    Instant startedAt() { return startedAt; }
    Instant heartbeatAt() { return heartbeatAt; }
    Instant finishedAt() { return finishedAt; }
    int storesEvaluated() { return storesEvaluated; }
    int verdicts() { return verdicts; }
    int passed() { return passed; }
    int failed() { return failed; }
    int awaitingData() { return awaitingData; }
    int errors() { return errors; }
    int annualResults() { return annualResults; }
    int feeStatements() { return feeStatements; }
    int clearances() { return clearances; }
}
