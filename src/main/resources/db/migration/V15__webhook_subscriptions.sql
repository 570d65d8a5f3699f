-- Webhook subscriptions (notification module): who is told of which events of the stores' lives,
-- where, and with which secret the deliveries are signed (Standard Webhooks). merchant_id null: every
-- merchant's events (operations staff only). The secret is shown once, in the answer that creates the
-- subscription, and kept to sign deliveries.
create sequence webhook_subscription_id_seq;
create table webhook_subscription (
    id           bigint primary key default nextval('webhook_subscription_id_seq'),
    merchant_id  varchar(64),
    url          varchar(2000) not null,
    events       text[]        not null check (cardinality(events) between 1 and 20),
    secret       varchar(100)  not null check (secret like 'whsec\_%'),
    created_by   varchar(200)  not null,
    created_at   timestamptz   not null,
    disabled_at  timestamptz,
    disabled_why varchar(200),
    constraint webhook_subscription_disabled_complete check ((disabled_at is null) = (disabled_why is null))
);
create index webhook_subscription_merchant_idx on webhook_subscription (merchant_id, id);
