-- Which stores the last look of the notification module found at risk (store.at_risk is sent once
-- when a store turns to at risk, again only after it has recovered). Written by one statement per
-- store that only one instance can win (on conflict ... where not at_risk).
create table webhook_at_risk (
    store_id   bigint      primary key,
    at_risk    boolean     not null,
    changed_at timestamptz not null
);
