package com.marketplace.trialassessment.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.ComplianceResult;
import com.marketplace.trialassessment.rules.SalesBasis;
import com.marketplace.trialassessment.rules.SalesResult;
import com.marketplace.trialassessment.rules.ServiceScoreResult;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The decided result of one checkpoint for one store, with every figure it used. Never edited: a
 * re-evaluation writes a new verdict that supersedes this one, which then stays as history.
 */
@Entity
@Table(name = "verdict")
class Verdict {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verdict_id_seq")
    @SequenceGenerator(name = "verdict_id_seq", sequenceName = "verdict_id_seq", allocationSize = 50)
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

    private Verdict(long storeId, long targetVersionId, CheckpointResult result, Trigger trigger, Instant decidedAt,
            Long supersedesId, String reason, String decidedBy) {
        this.decidedBy = decidedBy;
        this.storeId = storeId;
        this.checkpoint = result.checkpoint().number();
        this.dueDate = result.dueDate();
        this.outcome = result.passed() ? Outcome.PASSED : Outcome.FAILED;
        this.decidedAt = decidedAt;
        this.trigger = trigger;
        this.targetVersionId = targetVersionId;
        this.targetVersion = result.targetVersion();
        SalesResult sales = result.sales();
        this.salesCumulative = sales.cumulative();
        this.salesMonths = sales.months();
        this.salesMonthlyAverage = sales.monthlyAverage();
        this.salesTarget = sales.target();
        this.salesFinal30Days = sales.finalThirtyDaysSales();
        this.salesBasis = sales.basis();
        this.salesPassed = sales.passed();
        ServiceScoreResult score = result.serviceScore();
        this.scoreAssessed = score.assessed();
        this.score = score.score();
        this.scoreDate = score.scoreDate();
        this.scoreTarget = score.target();
        this.scorePassed = score.passed();
        ComplianceResult compliance = result.compliance();
        this.seriousViolations = compliance.seriousViolations();
        this.generalPoints = compliance.generalPoints();
        this.generalPointsBar = compliance.generalPointsBar();
        this.countedViolationIds = compliance.countedViolationIds().toArray(Long[]::new);
        this.compliancePassed = compliance.passed();
        this.supersedesId = supersedesId;
        this.reason = reason;
    }

    static Verdict decided(long storeId, long targetVersionId, CheckpointResult result, Trigger trigger,
            Instant now, String decidedBy) {
        return new Verdict(storeId, targetVersionId, result, trigger, now, null, null, decidedBy);
    }

    /** The verdict of a re-evaluation, which supersedes {@code previous}. */
    static Verdict reevaluated(Verdict previous, long targetVersionId, CheckpointResult result, String reason,
            Instant now, String decidedBy) {
        return new Verdict(previous.storeId, targetVersionId, result, Trigger.REEVALUATION, now, previous.id, reason,
                decidedBy);
    }

    /** Marks this verdict as no longer current, because a newer one replaces it or it was withdrawn. */
    void retire(Instant now) {
        if (supersededAt != null) {
            throw new IllegalStateException("Verdict " + id + " is no longer current");
        }
        supersededAt = now;
    }

    /** The requirements that failed, in the rule book's order; empty when the checkpoint passed. */
    List<Requirement> failedRequirements() {
        List<Requirement> failed = new ArrayList<>();
        if (!salesPassed) {
            failed.add(Requirement.SALES);
        }
        if (!scorePassed) {
            failed.add(Requirement.SERVICE_SCORE);
        }
        if (!compliancePassed) {
            failed.add(Requirement.COMPLIANCE);
        }
        return failed;
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
