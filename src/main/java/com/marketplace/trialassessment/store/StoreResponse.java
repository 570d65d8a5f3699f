package com.marketplace.trialassessment.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.ClearanceCause;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * A store as clients see it; {@code targetVersion} is the version of its agreement, {@code nextDecision}
 * what the rules take next and from which date (null when nothing is left).
 */
record StoreResponse(long id, String name, String merchantId, String categoryCode, StoreType storeType,
        LocalDate launchDate, StoreStatus status, int targetVersion, LocalDate formalSince, Standing standing,
        RectificationView rectification, ClearanceView clearance, NextDecision nextDecision,
        OffsetDateTime statusChangedAt, OffsetDateTime createdAt) {

    /** {@code { "kind": "CHECKPOINT", "number": 2, "dueOn": "2026-05-30" }}. */
    record NextDecision(DecisionKind kind, int number, LocalDate dueOn) {
    }

    /** {@code { "assessedYear": 2025, "from": "2026-01-01", "to": "2026-03-31", "reviewDue": "2026-04-01" }}. */
    record RectificationView(int assessedYear, LocalDate from, LocalDate to, LocalDate reviewDue) {
    }

    /** {@code { "noticeOn": "2026-04-01", "effectiveOn": "2026-05-01", "cause": "...", "takenEffect": false }}. */
    record ClearanceView(LocalDate noticeOn, LocalDate effectiveOn, ClearanceCause cause, boolean takenEffect) {
    }

    static StoreResponse of(Store store, Clock clock) {
        return new StoreResponse(store.id(), store.name(), store.merchantId(), store.category().code(),
                store.storeType(), store.launchDate(), store.status(), store.targetVersion().version(),
                store.formalSince().orElse(null), store.standing(),
                store.rectification().map(r -> new RectificationView(r.assessedYear(), r.period().first(),
                        r.period().last(), r.reviewDue())).orElse(null),
                store.clearance().map(c -> new ClearanceView(c.noticeOn(), c.effectiveOn(), c.cause(),
                        store.status() == StoreStatus.CLEARED)).orElse(null),
                store.nextDecision().map(d -> new NextDecision(d.kind(), d.number(), d.dueOn())).orElse(null),
                Timestamps.inBusinessZone(store.statusChangedAt(), clock),
                Timestamps.inBusinessZone(store.createdAt(), clock));
    }
}
