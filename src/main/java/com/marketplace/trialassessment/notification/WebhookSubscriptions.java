package com.marketplace.trialassessment.notification;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The one writer and reader of {@code webhook_subscription}, in plain SQL. */
@Repository
class WebhookSubscriptions {

    private static final String COLUMNS = "select id, merchant_id, url, events, secret, created_by, created_at, "
            + "disabled_at, disabled_why from webhook_subscription ";

    private static final RowMapper<Subscription> MAPPER = WebhookSubscriptions::map;

    private final JdbcTemplate jdbc;

    WebhookSubscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String merchantId, String url, Set<EventType> events, String secret, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    insert into webhook_subscription (merchant_id, url, events, secret, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setString(1, merchantId);
            statement.setString(2, url);
            statement.setArray(3, connection.createArrayOf("text",
                    events.stream().sorted().map(EventType::wireName).toArray()));
            statement.setString(4, secret);
            statement.setString(5, createdBy);
            statement.setTimestamp(6, Timestamp.from(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    Optional<Subscription> find(long id) {
        return jdbc.query(COLUMNS + "where id = ?", MAPPER, id).stream().findFirst();
    }

    /** A page of subscriptions by id; only {@code merchantId}'s when it is given. */
    List<Subscription> page(String merchantId, int offset, int limit) {
        return merchantId == null
                ? jdbc.query(COLUMNS + "order by id offset ? limit ?", MAPPER, offset, limit)
                : jdbc.query(COLUMNS + "where merchant_id = ? order by id offset ? limit ?", MAPPER, merchantId, offset,
                        limit);
    }

    long count(String merchantId) {
        Long count = merchantId == null
                ? jdbc.queryForObject("select count(*) from webhook_subscription", Long.class)
                : jdbc.queryForObject("select count(*) from webhook_subscription where merchant_id = ?", Long.class,
                        merchantId);
        return count == null ? 0 : count;
    }

    /** The subscriptions deliveries go to (not disabled). */
    List<Subscription> enabled() {
        return jdbc.query(COLUMNS + "where disabled_at is null order by id", MAPPER);
    }

    /** Stops deliveries to a subscription, saying why; false when it was disabled already. */
    boolean disable(long id, String why, Instant at) {
        return jdbc.update("update webhook_subscription set disabled_at = ?, disabled_why = ? where id = ? "
                + "and disabled_at is null", Timestamp.from(at), why, id) == 1;
    }

    boolean delete(long id) {
        return jdbc.update("delete from webhook_subscription where id = ?", id) == 1;
    }

    private static Subscription map(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("events");
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        for (String name : (String[]) array.getArray()) {
            EventType.ofWireName(name).ifPresent(events::add);
        }
        Timestamp disabled = rs.getTimestamp("disabled_at");
        return new Subscription(rs.getLong("id"), rs.getString("merchant_id"), rs.getString("url"), events,
                rs.getString("secret"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                disabled == null ? null : disabled.toInstant(), rs.getString("disabled_why"));
    }
}
