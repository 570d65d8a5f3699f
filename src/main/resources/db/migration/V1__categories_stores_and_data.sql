-- Categories and their versioned per-checkpoint targets.
create table category (
    id          bigint generated always as identity primary key,
    code        varchar(64)  not null,
    name        varchar(200) not null,
    created_at  timestamptz  not null,
    constraint category_code_unique unique (code)
);

create table target_version (
    id             bigint generated always as identity primary key,
    category_id    bigint      not null references category (id),
    version        integer     not null check (version >= 1),
    effective_from date        not null,
    created_at     timestamptz not null,
    constraint target_version_number_unique unique (category_id, version),
    constraint target_version_effective_from_unique unique (category_id, effective_from)
);

create table checkpoint_target (
    target_version_id    bigint        not null references target_version (id),
    checkpoint           integer       not null check (checkpoint between 1 and 4),
    sales_target         numeric(14, 2) not null check (sales_target >= 0),
    service_score_target numeric(3, 2) check (service_score_target between 0 and 5),
    primary key (target_version_id, checkpoint),
    -- checkpoint 1 never assesses the service score; checkpoints 2..4 always do
    constraint checkpoint_target_score_only_after_first
        check ((checkpoint = 1) = (service_score_target is null))
);

-- Stores on trial; the target version in force on the launch date is kept for the whole trial.
create table store (
    id                bigint generated always as identity primary key,
    name              varchar(200) not null,
    merchant_id       varchar(64)  not null,
    category_id       bigint       not null references category (id),
    store_type        varchar(16)  not null check (store_type in ('FLAGSHIP', 'SPECIALTY', 'FRANCHISE')),
    launch_date       date         not null,
    target_version_id bigint       not null references target_version (id),
    status            varchar(16)  not null check (status in ('TRIAL', 'FORMAL', 'TERMINATED')),
    status_changed_at timestamptz  not null,
    created_at        timestamptz  not null
);

create index store_status_idx on store (status, id);
create index store_category_idx on store (category_id, id);
create index store_merchant_idx on store (merchant_id, id);

-- One amount per store and day; a replayed day replaces the amount.
create table daily_sales (
    store_id   bigint        not null references store (id),
    sales_date date          not null,
    amount     numeric(14, 2) not null check (amount >= 0),
    updated_at timestamptz   not null,
    primary key (store_id, sales_date)
);

-- Dated snapshots of the basic service assessment score.
create table service_score (
    store_id   bigint       not null references store (id),
    score_date date         not null,
    score      numeric(3, 2) not null check (score between 0 and 5),
    updated_at timestamptz  not null,
    primary key (store_id, score_date)
);

create table violation (
    id                bigint generated always as identity primary key,
    store_id          bigint        not null references store (id),
    occurred_on       date          not null,
    type              varchar(200)  not null,
    severity          varchar(16)   not null check (severity in ('GENERAL', 'SERIOUS')),
    points            integer       not null check (points between 0 and 48),
    description       varchar(2000),
    created_at        timestamptz   not null,
    revoked_at        timestamptz,
    revocation_reason varchar(2000),
    constraint violation_revocation_complete
        check ((revoked_at is null) = (revocation_reason is null))
);

create index violation_store_idx on violation (store_id, occurred_on);
