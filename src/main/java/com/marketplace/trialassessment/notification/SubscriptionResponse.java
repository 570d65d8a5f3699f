package com.marketplace.trialassessment.notification;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as its owner sees it; {@code secret} only in the answer that created it.
 *
 * @param merchantId null: every merchant's events
 * @param disabledBecause why deliveries stopped ({@code 410 Gone} from the receiver), or null
 */
record SubscriptionResponse(long id, String url, List<String> events, String merchantId, String createdBy,
        OffsetDateTime createdAt, boolean enabled, String disabledBecause,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
}
