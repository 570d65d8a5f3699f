package com.marketplace.trialassessment.store;

import java.time.Instant;

import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StatusChangeCause;
import com.marketplace.trialassessment.rules.StoreStatus;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One entry of a store's status history, as {@link StoreCatalog#recordDecisions} wrote it; never changed. */
@Entity
@Immutable
@Table(name = "store_status_change")
class StoreStatusChange {

    @Id
    private Long id;

    private long storeId;

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

    @Enumerated(EnumType.STRING)
    private Standing fromStanding;

    @Enumerated(EnumType.STRING)
    private Standing toStanding;

    private Long annualResultId;

    protected StoreStatusChange() {
    }

    Long id() {
        return id;
    }

    long storeId() {
        return storeId;
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

    Standing fromStanding() {
        return fromStanding;
    }

    Standing toStanding() {
        return toStanding;
    }

    Long annualResultId() {
        return annualResultId;
    }
}
