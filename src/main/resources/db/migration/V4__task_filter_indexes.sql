-- Indexes for the task list's filters and sorts (issue #3). Portable: H2 has no partial indexes.
-- status filters, and overdue (open states, deadline passed) as one index range per state.
create index user_task_status_deadline on user_task (status, deadline);

-- sort=deadline (keyset on deadline, uid), deadlineBefore / deadlineAfter, hasDeadline.
create index user_task_deadline on user_task (deadline, uid);

-- sort=lastModified (keyset on last_modified, uid) and modifiedSince.
create index user_task_last_modified on user_task (last_modified, uid);

-- createdBy, in the default order.
create index user_task_created_by on user_task (created_by, created, uid);
