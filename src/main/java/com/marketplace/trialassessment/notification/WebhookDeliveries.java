package com.marketplace.trialassessment.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.marketplace.trialassessment.common.Timestamps;

/** The delivery log of a subscription, and a delivery tried again by hand. */
@Repository
class WebhookDeliveries {

    private static final String COLUMNS = """
            select d.event_id, e.type, d.status, d.attempts, e.occurred_at, d.last_attempt_at, d.last_status_code,
                   d.last_error, d.next_attempt_at
              from webhook_delivery d join webhook_event e on e.id = d.event_id
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WebhookDeliveries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first. */
    List<DeliveryResponse> page(long subscriptionId, int offset, int limit) {
        return jdbc.query(COLUMNS + " where d.subscription_id = ? order by d.event_seq desc offset ? limit ?",
                this::map, subscriptionId, offset, limit);
    }

    long count(long subscriptionId) {
        Long count = jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id = ?", Long.class,
                subscriptionId);
        return count == null ? 0 : count;
    }

    Optional<DeliveryResponse> find(long subscriptionId, String eventId) {
        return jdbc.query(COLUMNS + " where d.subscription_id = ? and d.event_id = ?", this::map, subscriptionId,
                eventId).stream().findFirst();
    }

    /** Makes the delivery due now, its three days of retries starting again with the next attempt. */
    boolean retry(long subscriptionId, String eventId, Instant now) {
        return jdbc.update("""
                update webhook_delivery set status = ?, next_attempt_at = ?, first_attempt_at = null, lease_until = null
                 where subscription_id = ? and event_id = ?""", DeliveryStatus.PENDING.name(), Timestamp.from(now),
                subscriptionId, eventId) == 1;
    }

    /**
     * Fails the pending deliveries of a subscription that was just disabled, saying why; those being
     * attempted (leased) record their own outcome, and the claim fails any left pending later.
     */
    int failPending(long subscriptionId, String why, Instant now) {
        return jdbc.update("""
                update webhook_delivery set status = ?, next_attempt_at = null, last_error = ?
                 where subscription_id = ? and status = ? and (lease_until is null or lease_until < ?)""",
                DeliveryStatus.FAILED.name(), why, subscriptionId, DeliveryStatus.PENDING.name(), Timestamp.from(now));
    }

    /** Drops the deliveries of a subscription that is being deleted. */
    void deleteOf(long subscriptionId) {
        jdbc.update("delete from webhook_delivery where subscription_id = ?", subscriptionId);
    }

    private DeliveryResponse map(ResultSet rs, int n) throws SQLException {
        return new DeliveryResponse(rs.getString(1), rs.getString(2), DeliveryStatus.valueOf(rs.getString(3)), rs.getInt(4),
                time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), rs.getObject(7, Integer.class), rs.getString(8),
                time(rs.getTimestamp(9)));
    }

    private OffsetDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : Timestamps.inBusinessZone(timestamp.toInstant(), clock);
    }
}
