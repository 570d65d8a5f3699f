-- The decision's transaction records each event once, with the subscriptions it goes to
-- (recipients, chosen when the event happened); the dispatcher turns it into one delivery per
-- recipient afterwards, in its own transaction (and sets recipients to null), so the run's
-- transaction writes one row per event instead of one more per subscription. An event whose
-- recipients are not null has not been fanned out yet; the partial index finds those in order.
alter table webhook_event add column recipients bigint[];
create index webhook_event_fan_out_idx on webhook_event (seq) where recipients is not null;
-- seq comes from its sequence; the unique index on it served no query and cost every insert
alter table webhook_event drop constraint webhook_event_seq_key;
