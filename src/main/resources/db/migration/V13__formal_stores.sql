-- Formal stores: their annual assessments and rectification reviews, their standing, the
-- rectification period and the clearance on the store, clearance as a status, and what the daily run
-- counts of them.

alter table store drop constraint store_status_check;
alter table store add constraint store_status_check check (status in ('TRIAL', 'FORMAL', 'TERMINATED', 'CLEARED'));

alter table store drop constraint store_next_decision_kind;
alter table store add constraint store_next_decision_kind
    check (next_decision in ('CHECKPOINT', 'ANNUAL_ASSESSMENT', 'RECTIFICATION_REVIEW', 'CLEARANCE'));

-- Where a formal store stands, as its current annual results imply (written by the code that writes
-- the results, in the same transaction): null for a store that is not formal.
alter table store
    add column standing                 varchar(32),
    add column rectification_year       integer,
    add column rectification_from       date,
    add column rectification_to         date,
    add column rectification_review_due date,
    add column clearance_notice_on      date,
    add column clearance_effective_on   date,
    add column clearance_cause          varchar(32);

-- no formal store has an annual result yet, so each stands as one without any: GOOD (rules.FormalState)
update store set standing = 'GOOD' where status = 'FORMAL';

alter table store
    add constraint store_standing_check check (standing in ('GOOD', 'WARNED', 'CLEARANCE_PENDING')),
    add constraint store_standing_only_formal check ((standing is not null) = (status = 'FORMAL')),
    add constraint store_rectification_complete check (
        (rectification_year is null) = (rectification_from is null)
        and (rectification_year is null) = (rectification_to is null)
        and (rectification_year is null) = (rectification_review_due is null)),
    add constraint store_rectification_when_warned check ((standing = 'WARNED') = (rectification_year is not null)),
    add constraint store_clearance_complete check (
        (clearance_notice_on is null) = (clearance_effective_on is null)
        and (clearance_notice_on is null) = (clearance_cause is null)),
    add constraint store_clearance_cause_check
        check (clearance_cause in ('VIOLATION', 'REPEATED_FAILURE', 'RECTIFICATION_FAILED')),
    add constraint store_clearance_when_pending_or_cleared
        check ((clearance_notice_on is not null) = (standing = 'CLEARANCE_PENDING' or status = 'CLEARED'));

-- Annual assessments (kind ANNUAL) and rectification reviews (kind RECTIFICATION), with every figure
-- they used. Never edited: a re-evaluation supersedes a result (superseded_at), and re-evaluating an
-- assessment voids the review that followed it (voided_at). Written with plain SQL, ids taken from the
-- sequence one per row, like verdicts.
create sequence annual_result_id_seq;
create table annual_result (
    id                      bigint primary key default nextval('annual_result_id_seq'),
    store_id                bigint         not null references store (id),
    kind                    varchar(16)    not null check (kind in ('ANNUAL', 'RECTIFICATION')),
    year                    integer        not null check (year between 2000 and 9999),
    window_from             date           not null,
    window_to               date           not null,
    window_days             integer        not null check (window_days between 1 and 366),
    days_in_year            integer        not null check (days_in_year in (365, 366)),
    due_date                date           not null,
    decided_at              timestamptz    not null,
    decided_on              date           not null,
    trigger                 varchar(16)    not null check (trigger in ('SCHEDULE', 'REQUEST', 'REEVALUATION')),
    target_version_id       bigint         not null references target_version (id),
    target_version          integer        not null,
    outcome                 varchar(8)     not null check (outcome in ('PASSED', 'FAILED')),
    sales_assessed          boolean        not null,
    sales_total             numeric(18, 2) not null,
    sales_target            numeric(16, 2) not null,
    sales_pro_rated_target  numeric(16, 2) not null,
    sales_passed            boolean        not null,
    score_assessed          boolean        not null,
    score                   numeric(3, 2),
    score_date              date,
    score_target            numeric(3, 2)  not null,
    score_passed            boolean        not null,
    serious_violations      integer        not null,
    general_points          integer        not null,
    general_points_bar      integer        not null,
    counted_violation_ids   bigint[]       not null,
    compliance_passed       boolean        not null,
    consequence             varchar(16)    not null check (consequence in ('NONE', 'WARNED', 'CLEARANCE_NOTICE')),
    clearance_cause         varchar(32)
        check (clearance_cause in ('VIOLATION', 'REPEATED_FAILURE', 'RECTIFICATION_FAILED')),
    supersedes_id           bigint references annual_result (id),
    reason                  varchar(2000),
    decided_by              varchar(200),
    superseded_at           timestamptz,
    voided_at               timestamptz,
    constraint annual_result_window check (window_from <= window_to),
    constraint annual_result_notice_has_cause check ((consequence = 'CLEARANCE_NOTICE') = (clearance_cause is not null)),
    constraint annual_result_passed_has_no_consequence check (outcome = 'FAILED' or consequence = 'NONE'),
    constraint annual_result_score_complete check (score_assessed = (score is not null) and (score is null) = (score_date is null))
);

-- At most one current result of each kind and year per store, however many evaluations run at once.
create unique index annual_result_one_current on annual_result (store_id, kind, year)
    where superseded_at is null and voided_at is null;
create index annual_result_store_idx on annual_result (store_id, due_date, id);

-- The status history also records changes of standing, and the annual result behind them.
alter table store_status_change
    add column from_standing    varchar(32),
    add column to_standing      varchar(32),
    add column annual_result_id bigint references annual_result (id);

alter table evaluation_run
    add column annual_results integer not null default 0,
    add column fee_statements integer not null default 0,
    add column clearances     integer not null default 0;
