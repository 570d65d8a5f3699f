package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.annotations.Immutable;

import com.marketplace.trialassessment.rules.AnnualKind;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.ClearanceCause;
import com.marketplace.trialassessment.rules.Consequence;
import com.marketplace.trialassessment.rules.Requirement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An annual assessment or rectification review as {@link AnnualResultRows} wrote it, with every figure
 * it used; read only. A re-evaluation supersedes it, and re-evaluating an assessment voids the review
 * that followed it: both stay as history.
 */
@Entity
@Immutable
@Table(name = "annual_result")
class AnnualResultEntity {

    @Id
    private Long id;

    private long storeId;
    @Enumerated(EnumType.STRING)
    private AnnualKind kind;
    private int year;
    private LocalDate windowFrom;
    private LocalDate windowTo;
    private int windowDays;
    private int daysInYear;
    private LocalDate dueDate;
    private Instant decidedAt;
    private LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    private Trigger trigger;
    private long targetVersionId;
    private int targetVersion;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private boolean salesAssessed;
    private BigDecimal salesTotal;
    private BigDecimal salesTarget;
    private BigDecimal salesProRatedTarget;
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

    @Enumerated(EnumType.STRING)
    private Consequence consequence;
    @Enumerated(EnumType.STRING)
    private ClearanceCause clearanceCause;

    private Long supersedesId;
    private String reason;
    private String decidedBy;
    private Instant supersededAt;
    private Instant voidedAt;

    protected AnnualResultEntity() {
    }

    /** The requirements that failed, in the rule book's order. */
    List<Requirement> failedRequirements() {
        return CheckpointResult.failed(salesPassed, scorePassed, compliancePassed);
    }

    boolean isCurrent() {
        return supersededAt == null && voidedAt == null;
    }

    Long id() { return id; }
    long storeId() { return storeId; }
    AnnualKind kind() { return kind; }
    int year() { return year; }
    LocalDate windowFrom() { return windowFrom; }
    LocalDate windowTo() { return windowTo; }
    int windowDays() { return windowDays; }
    int daysInYear() { return daysInYear; }
    LocalDate dueDate() { return dueDate; }
    Instant decidedAt() { return decidedAt; }
    LocalDate decidedOn() { return decidedOn; }
    Trigger trigger() { return trigger; }
    int targetVersion() { return targetVersion; }
    Outcome outcome() { return outcome; }
    boolean salesAssessed() { return salesAssessed; }
    BigDecimal salesTotal() { return salesTotal; }
    BigDecimal salesTarget() { return salesTarget; }
    BigDecimal salesProRatedTarget() { return salesProRatedTarget; }
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
    Consequence consequence() { return consequence; }
    ClearanceCause clearanceCause() { return clearanceCause; }
    Long supersedesId() { return supersedesId; }
    String reason() { return reason; }
    String decidedBy() { return decidedBy; }
    Instant supersededAt() { return supersededAt; }
    Instant voidedAt() { return voidedAt; }
}
