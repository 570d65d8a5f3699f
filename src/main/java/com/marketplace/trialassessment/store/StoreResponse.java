package com.marketplace.trialassessment.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * A store as clients see it; {@code targetVersion} is the version of its agreement, {@code nextDecision}
 * what the rules take next and from which date (null when nothing is left).
 */
record StoreResponse(long id, String name, String merchantId, String categoryCode, StoreType storeType,
        LocalDate launchDate, StoreStatus status, int targetVersion, NextDecision nextDecision,
        OffsetDateTime statusChangedAt, OffsetDateTime createdAt) {

    /** {@code { "kind": "CHECKPOINT", "number": 2, "dueOn": "2026-05-30" }}. */
    record NextDecision(DecisionKind kind, int number, LocalDate dueOn) {
    }

    static StoreResponse of(Store store, Clock clock) {
        return new StoreResponse(store.id(), store.name(), store.merchantId(), store.category().code(),
                store.storeType(), store.launchDate(), store.status(), store.targetVersion().version(),
                store.nextDecision().map(d -> new NextDecision(d.kind(), d.number(), d.dueOn())).orElse(null),
                Timestamps.inBusinessZone(store.statusChangedAt(), clock),
                Timestamps.inBusinessZone(store.createdAt(), clock));
    }
}
