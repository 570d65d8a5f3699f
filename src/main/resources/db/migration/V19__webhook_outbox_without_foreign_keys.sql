-- The outbox is written in the transaction of the decisions it reports, so every row it adds costs the
-- daily run. A delivery's two foreign keys each ran a trigger per inserted row (about as much again as
-- the insert itself), and the index on webhook_event (store_id, seq) serves no query. The notification
-- module writes an event and its deliveries together in one statement pair, deletes a subscription's
-- deliveries with it, and the dispatcher drops a delivery whose subscription is gone; a subscription
-- deleted while a run records events can no longer fail the run's chunk on the foreign key either.
alter table webhook_delivery drop constraint webhook_delivery_event_id_fkey;
alter table webhook_delivery drop constraint webhook_delivery_subscription_id_fkey;
drop index webhook_event_store_idx;
