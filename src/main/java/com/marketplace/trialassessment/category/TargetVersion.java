package com.marketplace.trialassessment.category;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One immutable set of targets of a category, in force from {@link #effectiveFrom()} on: those of the
 * four checkpoints and, when the version has them, the agreement's annual standard and fee terms.
 */
@Entity
@Table(name = "target_version")
public class TargetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    private int version;

    private LocalDate effectiveFrom;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checkpoint_target", joinColumns = @JoinColumn(name = "target_version_id"))
    @OrderBy("checkpoint")
    private List<CheckpointTarget> targets = new ArrayList<>();

    /** Null when the version has no annual standard (all its columns are null). */
    @Embedded
    private AnnualTerms annual;

    /** Null when the version has no fee terms (all their columns are null). */
    @Embedded
    private AnnualFeeTerms fee;

    private String createdBy;

    protected TargetVersion() {
    }

    TargetVersion(Category category, int version, LocalDate effectiveFrom, List<CheckpointTarget> targets,
            AnnualTerms annual, AnnualFeeTerms fee, String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.category = category;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.targets = new ArrayList<>(targets);
        this.annual = annual;
        this.fee = fee;
        this.createdAt = createdAt;
    }

    /** The {@code sub} of whoever added this version. */
    public String createdBy() {
        return createdBy;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<CheckpointTarget> targets() {
        return List.copyOf(targets);
    }

    /** The annual standard of the agreement, if this version has one. */
    Optional<AnnualTerms> annual() {
        return Optional.ofNullable(annual);
    }

    /** The fee terms of the agreement, if this version has them. */
    Optional<AnnualFeeTerms> fee() {
        return Optional.ofNullable(fee);
    }

    public CheckpointTarget target(int checkpoint) {
        return targets.stream().filter(t -> t.checkpoint() == checkpoint).findFirst()
                .orElseThrow(() -> new IllegalStateException("Target version " + id + " has no checkpoint " + checkpoint));
    }

    public String categoryCode() {
        return category.code();
    }
}
