package com.marketplace.trialassessment.data;

import java.time.Instant;
import java.time.LocalDate;

import com.marketplace.trialassessment.common.ConflictException;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A violation of platform rules; once revoked (a successful appeal) it never counts again. */
@Entity
@Table(name = "violation")
class Violation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long storeId;

    private LocalDate occurredOn;

    private String type;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private int points;

    private String description;

    private Instant createdAt;

    private Instant revokedAt;

    private String revocationReason;

    private String revokedBy;

    protected Violation() {
    }

    Violation(long storeId, LocalDate occurredOn, String type, Severity severity, int points, String description,
            Instant createdAt) {
        this.storeId = storeId;
        this.occurredOn = occurredOn;
        this.type = type;
        this.severity = severity;
        this.points = points;
        this.description = description;
        this.createdAt = createdAt;
    }

    void revoke(String reason, String by, Instant now) {
        if (isRevoked()) {
            throw new ConflictException(DataMessages.VIOLATION_ALREADY_REVOKED, id);
        }
        this.revokedAt = now;
        this.revocationReason = reason;
        this.revokedBy = by;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    Long id() {
        return id;
    }

    long storeId() {
        return storeId;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    String type() {
        return type;
    }

    Severity severity() {
        return severity;
    }

    int points() {
        return points;
    }

    String description() {
        return description;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    String revocationReason() {
        return revocationReason;
    }

    String revokedBy() {
        return revokedBy;
    }
}
