package com.marketplace.trialassessment.store;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.marketplace.trialassessment.rules.StoreStatus;

/** One entry of a store's status history. */
@Entity
@Table(name = "store_status_change")
class StoreStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "store_status_change_id_seq")
    @SequenceGenerator(name = "store_status_change_id_seq", sequenceName = "store_status_change_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @Enumerated(EnumType.STRING)
    private StoreStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private StoreStatus toStatus;

    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    private StatusChangeCause cause;

    private Integer checkpoint;

    private Long verdictId;

    private String reason;

    protected StoreStatusChange() {
    }

    StoreStatusChange(Store store, StoreStatus fromStatus, StoreStatus toStatus, Instant changedAt,
            StatusChangeCause cause, Integer checkpoint, Long verdictId, String reason) {
        this.store = store;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.cause = cause;
        this.checkpoint = checkpoint;
        this.verdictId = verdictId;
        this.reason = reason;
    }

    Long id() {
        return id;
    }

    StoreStatus fromStatus() {
        return fromStatus;
    }

    StoreStatus toStatus() {
        return toStatus;
    }

    Instant changedAt() {
        return changedAt;
    }

    StatusChangeCause cause() {
        return cause;
    }

    Integer checkpoint() {
        return checkpoint;
    }

    Long verdictId() {
        return verdictId;
    }

    String reason() {
        return reason;
    }
}
