package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.annotations.Immutable;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.Requirement;
import com.marketplace.trialassessment.rules.SalesBasis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The decided result of one checkpoint for one store, with every figure it used, as {@link VerdictRows}
 * wrote it. Never edited: a re-evaluation writes a new verdict that supersedes this one, which then
 * stays as history (only its {@code supersededAt} is set, by {@link VerdictRows#retire}).
 */
@Entity
@Immutable
@Table(name = "verdict")
class Verdict {

    @Id
    private Long id;

    private long storeId;
    private int checkpoint;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private Instant decidedAt;
    @Enumerated(EnumType.STRING)
    private Trigger trigger;
    private long targetVersionId;
    private int targetVersion;

    private BigDecimal salesCumulative;
    private int salesMonths;
    private BigDecimal salesMonthlyAverage;
    private BigDecimal salesTarget;
    @Column(name = "sales_final_30_days")
    private BigDecimal salesFinal30Days;
    @Enumerated(EnumType.STRING)
    private SalesBasis salesBasis;
    private boolean salesPassed;

    private boolean scoreAssessed;
    private BigDecimal score;
    private LocalDate scoreDate;
    private BigDecimal scoreTarget;
    private boolean scorePassed;

    private int seriousViolations;
    private int generalPoints;
    private int generalPointsBar;
    private Long[] countedViolationIds;
    private boolean compliancePassed;

    private Long supersedesId;
    private String reason;
    private String decidedBy;
    private Instant supersededAt;

    protected Verdict() {
    }

    /** The requirements that failed, in the rule book's order; empty when the checkpoint passed. */
    List<Requirement> failedRequirements() {
        return CheckpointResult.failed(salesPassed, scorePassed, compliancePassed);
    }

    boolean isCurrent() {
        return supersededAt == null;
    }

    boolean passed() {
        return outcome == Outcome.PASSED;
    }

    Checkpoint checkpoint() {
        return Checkpoint.of(checkpoint);
    }

    Long id() { return id; }
    long storeId() { return storeId; }
    LocalDate dueDate() { return dueDate; }
    Outcome outcome() { return outcome; }
    Instant decidedAt() { return decidedAt; }
    Trigger trigger() { return trigger; }
    long targetVersionId() { return targetVersionId; }
    int targetVersion() { return targetVersion; }
    BigDecimal salesCumulative() { return salesCumulative; }
    int salesMonths() { return salesMonths; }
    BigDecimal salesMonthlyAverage() { return salesMonthlyAverage; }
    BigDecimal salesTarget() { return salesTarget; }
    BigDecimal salesFinal30Days() { return salesFinal30Days; }
    SalesBasis salesBasis() { return salesBasis; }
    boolean salesPassed() { return salesPassed; }
    boolean scoreAssessed() { return scoreAssessed; }
    BigDecimal score() { return score; }
    LocalDate scoreDate() { return scoreDate; }
    BigDecimal scoreTarget() { return scoreTarget; }
    boolean scorePassed() { return scorePassed; }
    int seriousViolations() { return seriousViolations; }
    int generalPoints() { return generalPoints; }
    int generalPointsBar() { return generalPointsBar; }
    Long[] countedViolationIds() { return countedViolationIds.clone(); }
    boolean compliancePassed() { return compliancePassed; }
    Long supersedesId() { return supersedesId; }
    String reason() { return reason; }
    String decidedBy() { return decidedBy; }
    Instant supersededAt() { return supersededAt; }
}
