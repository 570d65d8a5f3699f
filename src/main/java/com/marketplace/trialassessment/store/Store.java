package com.marketplace.trialassessment.store;

import java.time.Instant;
import java.time.LocalDate;

import com.marketplace.trialassessment.category.Category;
import com.marketplace.trialassessment.category.TargetVersion;

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
}
