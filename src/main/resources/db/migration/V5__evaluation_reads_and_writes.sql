-- The daily run and the dashboard sum each store's daily sales over a window of its trial. With the
-- amount in the primary key's index (as a non-key INCLUDE column) PostgreSQL answers those sums
-- with an index-only scan, without visiting the table's pages: the run reads each store's ~210 rows
-- about twice as fast (docs/benchmarks.md). Uniqueness, and every ON CONFLICT (store_id, sales_date),
-- are unchanged: the key columns are the same.
alter table daily_sales drop constraint daily_sales_pkey;
alter table daily_sales add constraint daily_sales_pkey primary key (store_id, sales_date) include (amount);

-- The same for the latest service score of a window.
alter table service_score drop constraint service_score_pkey;
alter table service_score add constraint service_score_pkey primary key (store_id, score_date) include (score);

-- The daily run writes verdicts and status changes with plain SQL, taking ids in blocks of 50 from
-- these sequences exactly as Hibernate's pooled optimizer does (a block is nextval - 49 .. nextval).
-- Hibernate treats the sequence's very first value specially (it takes two values and uses 1..51);
-- consuming that first value here means Hibernate never does, so the two writers' blocks never meet.
select nextval('verdict_id_seq') from verdict_id_seq where not is_called;
select nextval('store_status_change_id_seq') from store_status_change_id_seq where not is_called;
