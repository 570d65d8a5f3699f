-- Who did it: the `sub` of the caller's token ("system" for the daily schedule).
alter table target_version add column created_by varchar(200);
alter table violation add column revoked_by varchar(200);
alter table verdict add column decided_by varchar(200);
alter table evaluation_run add column started_by varchar(200);
