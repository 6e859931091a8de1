-- The deadline each reminder was last sent for: a reminder fires once per deadline, and a new deadline re-arms it.
alter table user_task add column reminded_approaching_for timestamp with time zone;
alter table user_task add column reminded_overdue_for timestamp with time zone;

create index user_task_open_deadline on user_task (deadline, status);
