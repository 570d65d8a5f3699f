package com.marketplace.trialassessment.notification;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.assessment.DecisionsRecorded;
import com.marketplace.trialassessment.common.Timestamps;

import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox: the events that subscriptions asked for, recorded in the transaction of the decisions
 * they report (the listener runs synchronously inside it), each with the subscriptions it goes to
 * ({@code recipients}); the dispatcher makes one delivery per recipient of it afterwards, so the
 * decision's transaction writes one row per event.
 * A decision rolled back records nothing; a recorded event is delivered by whichever instance claims
 * it ({@link WebhookDispatcher}), also after a crash. Nothing is written when no subscription wants
 * the event.
 */
@Component
class WebhookOutbox {

    /* Plain VALUES, which the driver rewrites into multi-row inserts (reWriteBatchedInserts). */
    private static final String INSERT_EVENT = """
            insert into webhook_event (id, type, store_id, merchant_id, occurred_at, body, recipients)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final WebhookSubscriptions subscriptions;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(JdbcTemplate jdbc, WebhookSubscriptions subscriptions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.json = json;
        this.clock = clock;
    }

    /** A stored event waiting to be inserted, and who gets it. */
    private record Outgoing(String id, EventType type, long storeId, String merchantId, String body,
            List<Long> subscriptionIds) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(DecisionsRecorded decisions) {
        List<Subscription> enabled = subscriptions.enabled();
        if (enabled.isEmpty()) {
            return;
        }
        List<Outgoing> outgoing = new ArrayList<>();
        String occurredAt = Timestamps.inBusinessZone(decisions.at(), clock).toString();
        for (DecisionsRecorded.StoreDecided store : decisions.stores()) {
            for (LifeEvents.Event event : LifeEvents.of(store)) {
                List<Long> to = enabled.stream()
                        .filter(s -> s.events().contains(event.type()))
                        .filter(s -> s.merchantId() == null || s.merchantId().equals(store.merchantId()))
                        .map(Subscription::id).toList();
                if (!to.isEmpty()) {
                    String id = newId();
                    outgoing.add(new Outgoing(id, event.type(), store.storeId(), store.merchantId(),
                            body(id, event, store, occurredAt), to));
                }
            }
        }
        if (outgoing.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(decisions.at());
        jdbc.batchUpdate(INSERT_EVENT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                Outgoing event = outgoing.get(i);
                statement.setString(1, event.id());
                statement.setString(2, event.type().wireName());
                statement.setLong(3, event.storeId());
                statement.setString(4, event.merchantId());
                statement.setTimestamp(5, at);
                statement.setString(6, event.body());
                statement.setArray(7, statement.getConnection().createArrayOf("bigint",
                        event.subscriptionIds().toArray()));
            }

            @Override
            public int getBatchSize() {
                return outgoing.size();
            }
        });
    }

    /**
     * Records one event not caused by a decision (a reminder), once: its id is derived from
     * {@code key}, so recording it again, here or on another instance, does nothing. False when it was
     * recorded before or no subscription wants it.
     */
    @Transactional
    boolean recordOnce(EventType type, long storeId, String merchantId, String key, Map<String, Object> data) {
        return record(type, storeId, merchantId, "evt_" + java.util.HexFormat.of().formatHex(sha256(key)).substring(0, 32),
                data);
    }

    /** A new event id: {@code evt_} and 32 hex digits. */
    static String newId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Records one event not caused by a decision under {@code id}, with a delivery to each subscription
     * that wants it; false when an event of that id exists already or no subscription wants it.
     */
    @Transactional
    boolean record(EventType type, long storeId, String merchantId, String id, Map<String, Object> data) {
        List<Long> to = subscriptions.enabled().stream().filter(s -> s.events().contains(type))
                .filter(s -> s.merchantId() == null || s.merchantId().equals(merchantId)).map(Subscription::id).toList();
        if (to.isEmpty()) {
            return false;
        }
        Instant now = Timestamps.now(clock);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", type.wireName());
        body.put("occurredAt", Timestamps.inBusinessZone(now, clock).toString());
        body.put("storeId", storeId);
        body.put("merchantId", merchantId);
        body.put("data", data);
        int recorded = jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT_EVENT + " on conflict (id) do nothing");
            statement.setString(1, id);
            statement.setString(2, type.wireName());
            statement.setLong(3, storeId);
            statement.setString(4, merchantId);
            statement.setTimestamp(5, Timestamp.from(now));
            statement.setString(6, json.writeValueAsString(body));
            statement.setArray(7, connection.createArrayOf("bigint", to.toArray()));
            return statement;
        });
        if (recorded == 0) {
            return false;
        }
        return true;
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The body as every attempt sends it. */
    private String body(String id, LifeEvents.Event event, DecisionsRecorded.StoreDecided store, String occurredAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", event.type().wireName());
        body.put("occurredAt", occurredAt);
        body.put("storeId", store.storeId());
        body.put("merchantId", store.merchantId());
        body.put("data", event.data());
        return json.writeValueAsString(body);
    }
}
