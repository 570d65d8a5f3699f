-- A store on trial always has a next checkpoint, and only a store on trial has one (V14_1 filled it in).
alter table store add constraint store_next_checkpoint_on_trial check ((next_checkpoint is not null) = (status = 'TRIAL'));
