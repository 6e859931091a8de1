-- Who has claimed a task (null: nobody), and the status it had before the claim, so an unclaim can restore it.
alter table user_task add column claimed_by varchar(100);
alter table user_task add column status_before_claim int;
