-- The next decision of each store's life, as the rules plan it (rules.LifePlan), kept with the store by
-- the code that writes decisions, in the same transaction: what is decided next (its kind and number,
-- e.g. CHECKPOINT 2) and the first date on which it may be. The daily run claims the stores whose next
-- decision is due (next_decision_on <= today) through the index below; read models group by it.
-- Stores with nothing left to decide have all three null. The existing stores are planned by the Java
-- migration V6_1, with the rules themselves.
alter table store
    add column next_decision     varchar(32),
    add column next_decision_number integer,
    add column next_decision_on  date,
    add constraint store_next_decision_complete check (
        (next_decision is null) = (next_decision_number is null)
        and (next_decision is null) = (next_decision_on is null)),
    add constraint store_next_decision_kind check (next_decision in ('CHECKPOINT')),
    add constraint store_next_checkpoint check (next_decision <> 'CHECKPOINT' or next_decision_number between 1 and 4);

create index store_next_decision_idx on store (next_decision_on, id) where next_decision_on is not null;

-- Claims are the store module's: which run works on a store now (see StoreClaims).
alter table evaluation_claim rename to store_claim;
alter index evaluation_claim_run_idx rename to store_claim_run_idx;
alter table store_claim rename constraint evaluation_claim_pkey to store_claim_pkey;

-- Verdicts and status changes are written only with plain SQL now (one writer for the run and for
-- single evaluations), which takes one id per row: the blocks of 50 kept for Hibernate are gone.
alter sequence verdict_id_seq increment by 1;
alter sequence store_status_change_id_seq increment by 1;
