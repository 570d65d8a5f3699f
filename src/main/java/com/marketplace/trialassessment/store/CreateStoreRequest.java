package com.marketplace.trialassessment.store;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/stores}. */
record CreateStoreRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String merchantId,
        @NotBlank @Size(max = 64) String categoryCode,
        @NotNull StoreType storeType,
        @NotNull LocalDate launchDate) {
}
