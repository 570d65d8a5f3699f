package com.marketplace.trialassessment.notification;

import java.util.List;

/**
 * {@code POST /api/webhook-subscriptions}: where to send, which events, and for operations staff whose
 * (a merchant id, or none for every merchant's events).
 */
record SubscriptionRequest(String url, List<String> events, String merchantId) {
}
