-- One run of the daily evaluation (scheduled, or started over HTTP) on one instance.
create table evaluation_run (
    id               bigint generated always as identity primary key,
    trigger          varchar(16)  not null check (trigger in ('SCHEDULE', 'REQUEST')),
    business_date    date         not null,
    status           varchar(16)  not null check (status in ('RUNNING', 'COMPLETED', 'ABANDONED')),
    instance_id      varchar(200) not null,
    started_at       timestamptz  not null,
    heartbeat_at     timestamptz  not null,
    finished_at      timestamptz,
    stores_evaluated integer      not null default 0,
    verdicts         integer      not null default 0,
    passed           integer      not null default 0,
    failed           integer      not null default 0,
    awaiting_data    integer      not null default 0,
    errors           integer      not null default 0
);

create index evaluation_run_status_idx on evaluation_run (status, heartbeat_at);

-- A store whose evaluation threw during a run; the run went on without it.
create table evaluation_run_error (
    id         bigint generated always as identity primary key,
    run_id     bigint        not null references evaluation_run (id),
    store_id   bigint        not null references store (id),
    message    varchar(1000) not null,
    occurred_at timestamptz  not null
);

create index evaluation_run_error_run_idx on evaluation_run_error (run_id, id);

-- Which run works on a store now. A claim is held until its run finishes or it expires, so a
-- crashed instance's stores are claimed again by a later run once the lease is over.
create table evaluation_claim (
    store_id   bigint      primary key references store (id),
    run_id     bigint      not null references evaluation_run (id),
    expires_at timestamptz not null
);

create index evaluation_claim_run_idx on evaluation_claim (run_id);
