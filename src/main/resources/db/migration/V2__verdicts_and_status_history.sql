-- Ids come from sequences that hand out blocks of 50, so that the daily run can insert in batches.
create sequence verdict_id_seq increment by 50;
create sequence store_status_change_id_seq increment by 50;

-- Verdicts: the decided result of one checkpoint for one store, with the figures it used.
-- A verdict is never edited; superseded_at only marks it as no longer current.
create table verdict (
    id                    bigint primary key default nextval('verdict_id_seq'),
    store_id              bigint         not null references store (id),
    checkpoint            integer        not null check (checkpoint between 1 and 4),
    due_date              date           not null,
    outcome               varchar(8)     not null check (outcome in ('PASSED', 'FAILED')),
    decided_at            timestamptz    not null,
    trigger               varchar(16)    not null check (trigger in ('SCHEDULE', 'REQUEST', 'REEVALUATION')),
    target_version_id     bigint         not null references target_version (id),
    target_version        integer        not null,
    sales_cumulative      numeric(18, 2) not null,
    sales_months          integer        not null,
    sales_monthly_average numeric(18, 2) not null,
    sales_target          numeric(14, 2) not null,
    sales_final_30_days   numeric(18, 2),
    sales_basis           varchar(16) check (sales_basis in ('MONTHLY_AVERAGE', 'FINAL_30_DAYS')),
    sales_passed          boolean        not null,
    score_assessed        boolean        not null,
    score                 numeric(3, 2),
    score_date            date,
    score_target          numeric(3, 2),
    score_passed          boolean        not null,
    serious_violations    integer        not null,
    general_points        integer        not null,
    general_points_bar    integer        not null,
    counted_violation_ids bigint[]       not null,
    compliance_passed     boolean        not null,
    supersedes_id         bigint references verdict (id),
    reason                varchar(2000),
    superseded_at         timestamptz
);

-- At most one current verdict per store and checkpoint, however many evaluations run at once.
create unique index verdict_one_current_per_checkpoint on verdict (store_id, checkpoint)
    where superseded_at is null;
create index verdict_store_idx on verdict (store_id, checkpoint, id);

-- Every change of a store's status, with its time and cause.
create table store_status_change (
    id          bigint primary key default nextval('store_status_change_id_seq'),
    store_id    bigint        not null references store (id),
    from_status varchar(16)   not null,
    to_status   varchar(16)   not null,
    changed_at  timestamptz   not null,
    cause       varchar(32)   not null,
    checkpoint  integer,
    verdict_id  bigint references verdict (id),
    reason      varchar(2000)
);

create index store_status_change_store_idx on store_status_change (store_id, id);
