-- The webhook outbox (notification module): every event of a store's life that a subscription asked
-- for, recorded in the transaction of the decision it reports (a decision rolled back records
-- nothing), and one delivery per subscription and event, tried until a receiver answers 2xx or the
-- retry schedule ends. The body is kept as sent, so every retry sends the same bytes under the same
-- webhook-id. Deliveries are claimed with a lease (lease_until), so that one instance at a time tries
-- each and a dead instance's claims come back.
create sequence webhook_event_seq;
create table webhook_event (
    id          varchar(40)  primary key,
    seq         bigint       not null unique default nextval('webhook_event_seq'),
    type        varchar(40)  not null,
    store_id    bigint       not null,
    merchant_id varchar(64),
    occurred_at timestamptz  not null,
    body        text         not null
);
create index webhook_event_store_idx on webhook_event (store_id, seq);

create table webhook_delivery (
    subscription_id  bigint       not null references webhook_subscription (id) on delete cascade,
    event_id         varchar(40)  not null references webhook_event (id),
    event_seq        bigint       not null,
    status           varchar(12)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      not null default 0 check (attempts >= 0),
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       varchar(500),
    next_attempt_at  timestamptz,
    lease_until      timestamptz,
    primary key (subscription_id, event_id),
    constraint webhook_delivery_pending_is_planned check ((status = 'PENDING') = (next_attempt_at is not null))
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, event_seq) where status = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, event_seq desc);
