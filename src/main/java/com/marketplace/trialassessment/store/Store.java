package com.marketplace.trialassessment.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.category.Category;
import com.marketplace.trialassessment.category.TargetVersion;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A merchant's store. It keeps the target version in force on its launch date for its whole trial;
 * its status changes only through the named methods below.
 */
@Entity
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

    @OneToMany(mappedBy = "store", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<StoreStatusChange> statusChanges = new ArrayList<>();

    protected Store() {
    }

    Store(String name, String merchantId, Category category, StoreType storeType, LocalDate launchDate,
            TargetVersion targetVersion, Instant now) {
        this.name = name;
        this.merchantId = merchantId;
        this.category = category;
        this.storeType = storeType;
        this.launchDate = launchDate;
        this.targetVersion = targetVersion;
        this.status = StoreStatus.TRIAL;
        this.statusChangedAt = now;
        this.createdAt = now;
    }

    /** Checkpoint {@code checkpoint} failed (verdict {@code verdictId}): the trial ends. */
    public void terminate(int checkpoint, long verdictId, StatusChangeCause cause, String reason, Instant now) {
        requireStatus("terminate", StoreStatus.TRIAL, StoreStatus.FORMAL);
        changeStatus(StoreStatus.TERMINATED, cause, checkpoint, verdictId, reason, now);
    }

    /** Checkpoint 4 passed (verdict {@code verdictId}): the store becomes a formal store. */
    public void promoteToFormal(long verdictId, StatusChangeCause cause, String reason, Instant now) {
        requireStatus("promote to formal", StoreStatus.TRIAL);
        changeStatus(StoreStatus.FORMAL, cause, 4, verdictId, reason, now);
    }

    /**
     * A re-evaluation of checkpoint {@code checkpoint} left the store with no failed and not all
     * passed checkpoints: it is on trial again.
     */
    public void returnToTrial(int checkpoint, long verdictId, String reason, Instant now) {
        requireStatus("return to trial", StoreStatus.TERMINATED, StoreStatus.FORMAL);
        changeStatus(StoreStatus.TRIAL, StatusChangeCause.REEVALUATION, checkpoint, verdictId, reason, now);
    }

    private void requireStatus(String action, StoreStatus... allowed) {
        for (StoreStatus status : allowed) {
            if (this.status == status) {
                return;
            }
        }
        throw new IllegalStateException("Cannot " + action + " store " + id + " in status " + status);
    }

    private void changeStatus(StoreStatus to, StatusChangeCause cause, Integer checkpoint, Long verdictId,
            String reason, Instant now) {
        statusChanges.add(new StoreStatusChange(this, status, to, now, cause, checkpoint, verdictId, reason));
        this.status = to;
        this.statusChangedAt = now;
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

    List<StoreStatusChange> statusChanges() {
        return List.copyOf(statusChanges);
    }
}
