package com.marketplace.trialassessment.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.marketplace.trialassessment.category.Category;
import com.marketplace.trialassessment.category.TargetVersion;
import com.marketplace.trialassessment.rules.Clearance;
import com.marketplace.trialassessment.rules.ClearanceCause;
import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.FormalYears;
import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.TargetSet;
import com.marketplace.trialassessment.rules.AgreementVersion;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.Rectification;
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.rules.StoreStatus;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A merchant's store. It keeps the target version in force on its launch date for its whole trial.
 * The entity is written once, at registration, with the plan of its first decision; after that its
 * status and plan change only with the decisions of its life, which {@link StoreCatalog#recordDecisions}
 * writes for one store or a chunk of them alike: the entity itself is never updated.
 */
@Entity
@Immutable
@Table(name = "store")
public class Store {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String merchantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Enumerated(EnumType.STRING)
    private StoreType storeType;

    private LocalDate launchDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_version_id")
    private TargetVersion targetVersion;

    @Enumerated(EnumType.STRING)
    private StoreStatus status;

    private Instant statusChangedAt;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private DecisionKind nextDecision;

    private Integer nextDecisionNumber;

    private LocalDate nextDecisionOn;

    private Integer nextCheckpoint;

    @Enumerated(EnumType.STRING)
    private Standing standing;

    private Integer rectificationYear;

    private LocalDate rectificationFrom;

    private LocalDate rectificationTo;

    private LocalDate rectificationReviewDue;

    private LocalDate clearanceNoticeOn;

    private LocalDate clearanceEffectiveOn;

    @Enumerated(EnumType.STRING)
    private ClearanceCause clearanceCause;

    protected Store() {
    }

    /** A store registered now: on trial, with its first decision planned by the rules. */
    Store(String name, String merchantId, Category category, StoreType storeType, LocalDate launchDate,
            TargetVersion targetVersion, TargetSet terms, Instant now) {
        this.name = name;
        this.merchantId = merchantId;
        this.category = category;
        this.storeType = storeType;
        this.launchDate = launchDate;
        this.targetVersion = targetVersion;
        this.status = StoreStatus.TRIAL;
        this.statusChangedAt = now;
        this.createdAt = now;
        StoreLife life = StoreLife.launched(launchDate,
                new AgreementVersion(targetVersion.id(), targetVersion.effectiveFrom(), terms));
        LifePlan.next(life).ifPresent(next -> {
            this.nextDecision = next.kind();
            this.nextDecisionNumber = next.number();
            this.nextDecisionOn = next.dueOn();
        });
        this.nextCheckpoint = LifePlan.nextCheckpoint(life).map(Checkpoint::number).orElse(null);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String merchantId() {
        return merchantId;
    }

    public Category category() {
        return category;
    }

    public StoreType storeType() {
        return storeType;
    }

    /** Day 1 of the trial. */
    public LocalDate launchDate() {
        return launchDate;
    }

    public TargetVersion targetVersion() {
        return targetVersion;
    }

    public StoreStatus status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Formal since checkpoint 4's due date; empty unless the store is formal, or was until it was cleared. */
    public Optional<LocalDate> formalSince() {
        return status == StoreStatus.FORMAL || status == StoreStatus.CLEARED
                ? Optional.of(FormalYears.formalSince(launchDate)) : Optional.empty();
    }

    /** Where a formal store stands; null for any other. */
    public Standing standing() {
        return standing;
    }

    /** The running rectification period of a warned store. */
    public Optional<Rectification> rectification() {
        return rectificationYear == null ? Optional.empty()
                : Optional.of(new Rectification(rectificationYear,
                        new DateRange(rectificationFrom, rectificationTo), rectificationReviewDue));
    }

    /** The clearance notice of a store whose clearance is pending, or has taken effect (status CLEARED). */
    public Optional<Clearance> clearance() {
        return clearanceNoticeOn == null ? Optional.empty()
                : Optional.of(new Clearance(clearanceNoticeOn, clearanceEffectiveOn, clearanceCause));
    }

    /** The next decision of the store's life, as the rules planned it; empty when none is left. */
    public Optional<PlannedDecision> nextDecision() {
        return nextDecision == null ? Optional.empty()
                : Optional.of(new PlannedDecision(nextDecision, nextDecisionNumber, nextDecisionOn));
    }
}
