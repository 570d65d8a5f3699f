package com.marketplace.trialassessment.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.common.Timestamps;

/** A store as clients see it; {@code targetVersion} is the version of its agreement. */
record StoreResponse(long id, String name, String merchantId, String categoryCode, StoreType storeType,
        LocalDate launchDate, StoreStatus status, int targetVersion, OffsetDateTime statusChangedAt,
        OffsetDateTime createdAt) {

    static StoreResponse of(Store store, Clock clock) {
        return new StoreResponse(store.id(), store.name(), store.merchantId(), store.category().code(),
                store.storeType(), store.launchDate(), store.status(), store.targetVersion().version(),
                Timestamps.inBusinessZone(store.statusChangedAt(), clock),
                Timestamps.inBusinessZone(store.createdAt(), clock));
    }
}
