package com.marketplace.trialassessment.category;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The targets of one checkpoint within a target version; no service-score target at checkpoint 1. */
@Embeddable
public class CheckpointTarget {

    @Column(name = "checkpoint", nullable = false)
    private int checkpoint;

    @Column(name = "sales_target", nullable = false)
    private BigDecimal salesTarget;

    @Column(name = "service_score_target")
    private BigDecimal serviceScoreTarget;

    protected CheckpointTarget() {
    }

    CheckpointTarget(int checkpoint, BigDecimal salesTarget, BigDecimal serviceScoreTarget) {
        this.checkpoint = checkpoint;
        this.salesTarget = salesTarget;
        this.serviceScoreTarget = serviceScoreTarget;
    }

    public int checkpoint() {
        return checkpoint;
    }

    /** Monthly-average sales target, CNY. */
    public BigDecimal salesTarget() {
        return salesTarget;
    }

    /** Null at checkpoint 1. */
    public BigDecimal serviceScoreTarget() {
        return serviceScoreTarget;
    }
}
