package com.marketplace.trialassessment.schedule;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A store whose evaluation threw in a run. */
@Entity
@Table(name = "evaluation_run_error")
class EvaluationRunError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long runId;

    private long storeId;

    private String message;

    private Instant occurredAt;

    protected EvaluationRunError() {
    }

    EvaluationRunError(long runId, long storeId, String message, Instant occurredAt) {
        this.runId = runId;
        this.storeId = storeId;
        this.message = message;
        this.occurredAt = occurredAt;
    }

    long storeId() { return storeId; }
    String message() { return message; }
    Instant occurredAt() { return occurredAt; }
}
