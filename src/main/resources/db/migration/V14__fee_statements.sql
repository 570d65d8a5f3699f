-- Annual-fee statements (rules.FeeRules): one per store and year in which it traded, issued on 1
-- January for a store still trading (YEAR_END), on the failing checkpoint's due date (TERMINATED) or
-- on the day a clearance takes effect (CLEARED), with every figure it was worked out from. Never
-- edited: a statement the store's life no longer calls for is made void (status VOID, voided_at) and
-- the right one issued. Written with plain SQL by the code that writes decisions, in the same
-- transaction, ids taken from the sequence one per row.
create sequence fee_statement_id_seq;
create table fee_statement (
    id                     bigint primary key default nextval('fee_statement_id_seq'),
    store_id               bigint         not null references store (id),
    year                   integer        not null check (year between 2000 and 9999),
    cause                  varchar(16)    not null check (cause in ('YEAR_END', 'TERMINATED', 'CLEARED')),
    due_date               date           not null,
    issued_at              timestamptz    not null,
    trigger                varchar(16)    not null check (trigger in ('SCHEDULE', 'REQUEST', 'REEVALUATION')),
    decided_by             varchar(200),
    target_version_id      bigint         not null references target_version (id),
    target_version         integer        not null,
    first_trading_day      date           not null,
    last_trading_day       date           not null,
    months                 integer        not null check (months between 1 and 12),
    annual_fee             numeric(14, 2) not null check (annual_fee > 0),
    charged                numeric(14, 2) not null check (charged >= 0),
    unused_refund          numeric(14, 2) not null check (unused_refund >= 0),
    sales                  numeric(18, 2) not null,
    half_refund_threshold  numeric(16, 2) not null,
    full_refund_threshold  numeric(16, 2) not null,
    serious_violations     integer        not null check (serious_violations >= 0),
    tier                   varchar(8)     not null check (tier in ('FULL', 'HALF', 'NONE')),
    tier_refund            numeric(14, 2) not null check (tier_refund >= 0),
    forfeited              boolean        not null,
    total_refund           numeric(14, 2) not null,
    status                 varchar(8)     not null check (status in ('ISSUED', 'VOID')),
    voided_at              timestamptz,
    constraint fee_statement_trading_days check (
        first_trading_day <= last_trading_day
        and extract(year from first_trading_day) = year and extract(year from last_trading_day) = year),
    constraint fee_statement_year_end_to_31_december check (cause <> 'YEAR_END'
        or (last_trading_day = make_date(year, 12, 31) and due_date = make_date(year + 1, 1, 1))),
    constraint fee_statement_leaving_due_after_last_day check (cause = 'YEAR_END' or due_date = last_trading_day + 1),
    constraint fee_statement_charged_within_fee check (charged <= annual_fee and unused_refund = annual_fee - charged
        or forfeited),
    constraint fee_statement_forfeited_gets_nothing check (not forfeited
        or (cause <> 'YEAR_END' and tier = 'NONE' and unused_refund = 0 and tier_refund = 0)),
    constraint fee_statement_total check (total_refund = unused_refund + tier_refund),
    constraint fee_statement_void_when check ((status = 'VOID') = (voided_at is not null))
);

-- At most one issued statement per store and year, however many evaluations run at once.
create unique index fee_statement_one_issued on fee_statement (store_id, year) where status = 'ISSUED';
create index fee_statement_store_idx on fee_statement (store_id, year, id);
create index fee_statement_year_idx on fee_statement (year, id);

-- Fee statements are decisions of the plan; read models that follow a trial keep the next checkpoint
-- of a store on trial, which the next decision no longer always is (a statement on 1 January may
-- come first). Both are planned by the rules (rules.LifePlan) and written by the code that writes
-- decisions. V14_1 fills them in for the existing stores.
alter table store drop constraint store_next_decision_kind;
alter table store add constraint store_next_decision_kind
    check (next_decision in ('CHECKPOINT', 'ANNUAL_ASSESSMENT', 'RECTIFICATION_REVIEW', 'CLEARANCE', 'FEE_STATEMENT'));
alter table store add column next_checkpoint integer check (next_checkpoint between 1 and 4);
