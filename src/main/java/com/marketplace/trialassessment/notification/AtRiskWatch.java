package com.marketplace.trialassessment.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.dashboard.StoresAtRisk;

/**
 * {@code store.at_risk}: once when a store's outlook (of its next checkpoint, or of its year) turns to
 * failing, again only after it has recovered. Every hour, when a subscription asks for the event,
 * the stores at risk today are compared with those at risk at the last look ({@code webhook_at_risk});
 * the turn of a store is recorded by one statement only one instance can win.
 */
@Component
class AtRiskWatch {

    private final StoresAtRisk stores;
    private final WebhookSubscriptions subscriptions;
    private final WebhookOutbox outbox;
    private final WebhookProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AtRiskWatch(StoresAtRisk stores, WebhookSubscriptions subscriptions, WebhookOutbox outbox,
            WebhookProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.stores = stores;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    void hourly() {
        if (properties.dispatch()) {
            watch();
        }
    }

    /** Looks once; the number of stores that turned to at risk (and were told). */
    @Transactional
    int watch() {
        if (subscriptions.enabled().stream().noneMatch(s -> s.events().contains(EventType.STORE_AT_RISK))) {
            return 0;
        }
        Instant now = Timestamps.now(clock);
        List<StoresAtRisk.AtRisk> atRisk = stores.today();
        Long[] ids = atRisk.stream().map(StoresAtRisk.AtRisk::storeId).toArray(Long[]::new);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "update webhook_at_risk set at_risk = false, changed_at = ? where at_risk and not (store_id = any(?))");
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, connection.createArrayOf("bigint", ids));
            return statement;
        });
        int turned = 0;
        for (StoresAtRisk.AtRisk store : atRisk) {
            List<Long> won = jdbc.queryForList("""
                    insert into webhook_at_risk (store_id, at_risk, changed_at) values (?, true, ?)
                    on conflict (store_id) do update set at_risk = true, changed_at = excluded.changed_at
                     where not webhook_at_risk.at_risk
                    returning store_id""", Long.class, store.storeId(), Timestamp.from(now));
            if (!won.isEmpty()) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("id", store.storeId());
                data.put("phase", store.phase());
                data.put("checkpoint", store.checkpoint());
                data.put("dueDate", store.dueDate() == null ? null : store.dueDate().toString());
                data.put("year", store.year());
                data.put("outcomeIfDecidedToday", store.outcomeIfDecidedToday());
                data.put("relativeSalesGap", store.relativeSalesGap());
                data.put("mostAtRisk", store.mostAtRisk());
                if (outbox.record(EventType.STORE_AT_RISK, store.storeId(), store.merchantId(), WebhookOutbox.newId(),
                        data)) {
                    turned++;
                }
            }
        }
        return turned;
    }
}
