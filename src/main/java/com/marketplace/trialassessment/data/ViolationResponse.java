package com.marketplace.trialassessment.data;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.marketplace.trialassessment.common.Timestamps;

record ViolationResponse(long id, long storeId, LocalDate occurredOn, String type, Severity severity, int points,
        String description, OffsetDateTime recordedAt, boolean revoked, OffsetDateTime revokedAt,
        String revocationReason, String revokedBy) {

    static ViolationResponse of(Violation v, Clock clock) {
        return new ViolationResponse(v.id(), v.storeId(), v.occurredOn(), v.type(), v.severity(), v.points(),
                v.description(), Timestamps.inBusinessZone(v.createdAt(), clock), v.isRevoked(),
                Timestamps.inBusinessZone(v.revokedAt(), clock), v.revocationReason(),
                v.revokedBy());
    }
}
