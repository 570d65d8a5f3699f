package com.marketplace.trialassessment.data;

import java.time.LocalDate;

import com.marketplace.trialassessment.common.SaysSomething;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

final class ViolationRequests {

    private ViolationRequests() {
    }

    /** {@code POST /api/stores/{id}/violations}. */
    record Report(
            @NotNull LocalDate occurredOn,
            @NotBlank @Size(max = 200) String type,
            @NotNull Severity severity,
            @NotNull @Min(0) @Max(48) Integer points,
            @Size(max = 2000) String description) {
    }

    /** {@code POST /api/stores/{id}/violations/{violationId}/revocation}. */
    record Revocation(@SaysSomething @Size(max = 2000) String reason) {
    }
}
