-- The answers of POST requests sent with an Idempotency-Key header, so that a retry gets the first
-- answer instead of creating the thing again (owned by the idempotency module). A row is written in
-- the same transaction as what the request created, so the two are committed or rolled back together;
-- the primary key makes a concurrent request with the same key wait for the first one's transaction.
create table idempotency_key (
    -- SHA-256 of the caller's token subject: keys are the caller's own, whatever its length
    caller        bytea        not null,
    key           varchar(255) not null,
    -- SHA-256 of method, path and body: the same key with another request is refused
    fingerprint   bytea        not null,
    created_at    timestamptz  not null,
    status        smallint     not null,
    location      varchar(2000),
    content_type  varchar(200),
    body          bytea        not null,
    primary key (caller, key)
);

-- the hourly clean-up deletes by age
create index idempotency_key_created_at_idx on idempotency_key (created_at);
