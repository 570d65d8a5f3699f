package com.marketplace.trialassessment.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.store.ReviewComing;
import com.marketplace.trialassessment.store.StoreCatalog;

/**
 * {@code rectification.ending}: seven days before a rectification review is due, the store's merchant
 * is told (once: the event's id is made from the store and the review's due date, so every instance
 * and every hour may look, and one event is recorded). A review due in less than seven days when it
 * is first looked at is told at once.
 */
@Component
class RectificationReminders {

    static final int DAYS_BEFORE = 7;

    private final StoreCatalog stores;
    private final WebhookOutbox outbox;
    private final WebhookProperties properties;
    private final Clock clock;

    RectificationReminders(StoreCatalog stores, WebhookOutbox outbox, WebhookProperties properties, Clock clock) {
        this.stores = stores;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void hourly() {
        if (properties.dispatch()) {
            remind();
        }
    }

    /** Records the reminders due today that are not recorded yet; how many it recorded. */
    @Transactional
    int remind() {
        LocalDate today = LocalDate.now(clock);
        int recorded = 0;
        for (ReviewComing review : stores.reviewsDueBetween(today.plusDays(1), today.plusDays(DAYS_BEFORE))) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", review.storeId());
            data.put("assessedYear", review.assessedYear());
            data.put("from", review.from().toString());
            data.put("to", review.to().toString());
            data.put("reviewDue", review.reviewDue().toString());
            data.put("daysLeft", (int) java.time.temporal.ChronoUnit.DAYS.between(today, review.reviewDue()));
            if (outbox.recordOnce(EventType.RECTIFICATION_ENDING, review.storeId(), review.merchantId(),
                    "rectification.ending|" + review.storeId() + "|" + review.reviewDue(), data)) {
                recorded++;
            }
        }
        return recorded;
    }
}
