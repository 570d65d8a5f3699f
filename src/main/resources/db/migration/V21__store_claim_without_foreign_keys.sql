-- A claim is a lease, not a record: it lives from the claim of a chunk until the chunk is decided or
-- its run ends. Its two foreign keys each ran a trigger per claimed store (together about half of the
-- claim statement), and the one to evaluation_run took a key-share lock on the run's row for every
-- claim, which the other workers' chunks, counting on that row with FOR UPDATE, then waited for. The
-- claim statement is the only writer: it takes the store ids from store in the same statement (stores
-- are never deleted) and the run id of a run it has just recorded (runs are never deleted), so neither
-- key can be dangling.
alter table store_claim drop constraint evaluation_claim_store_id_fkey;
alter table store_claim drop constraint evaluation_claim_run_id_fkey;
