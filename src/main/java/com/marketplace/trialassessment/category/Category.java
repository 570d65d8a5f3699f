package com.marketplace.trialassessment.category;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.marketplace.trialassessment.common.ConflictException;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A category of stores with its target versions, oldest first. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private Instant createdAt;

    @OneToMany(mappedBy = "category", cascade = CascadeType.PERSIST)
    @OrderBy("version")
    private List<TargetVersion> targetVersions = new ArrayList<>();

    protected Category() {
    }

    Category(String code, String name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    /**
     * Adds the next version; its {@code effectiveFrom} must be later than every existing version's,
     * so that the version in force on any date never changes for a date already covered.
     */
    TargetVersion addTargetVersion(LocalDate effectiveFrom, List<CheckpointTarget> targets, AnnualTerms annual,
            AnnualFeeTerms fee, String createdBy, Instant now) {
        Optional<TargetVersion> latest = latestVersion();
        if (latest.isPresent() && !effectiveFrom.isAfter(latest.get().effectiveFrom())) {
            throw new ConflictException(CategoryMessages.EFFECTIVE_FROM_NOT_LATER, effectiveFrom,
                    latest.get().effectiveFrom(), latest.get().version());
        }
        TargetVersion version = new TargetVersion(this, latest.map(v -> v.version() + 1).orElse(1), effectiveFrom,
                targets, annual, fee, createdBy, now);
        targetVersions.add(version);
        return version;
    }

    /** The version a store launched on {@code launchDate} is assessed against. */
    public Optional<TargetVersion> versionInForceOn(LocalDate launchDate) {
        return targetVersions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(launchDate))
                .max(Comparator.comparing(TargetVersion::effectiveFrom));
    }

    private Optional<TargetVersion> latestVersion() {
        return targetVersions.stream().max(Comparator.comparingInt(TargetVersion::version));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<TargetVersion> targetVersions() {
        return List.copyOf(targetVersions);
    }
}
