-- Deliveries of one subscription are sent in the order of their events per store: a delivery is not
-- claimed while an earlier one of the same subscription and store is still pending.
alter table webhook_delivery add column store_id bigint;
update webhook_delivery d set store_id = e.store_id from webhook_event e where e.id = d.event_id;
alter table webhook_delivery alter column store_id set not null;
create index webhook_delivery_store_order_idx on webhook_delivery (subscription_id, store_id, event_seq)
    where status = 'PENDING';
