-- 100,000 tasks of realistic shape, written straight into a migrated UserTasks schema (fast: set-based SQL).
-- 200 users u1..u200 in 20 groups, plus the user "bench" in groups 1 and 2. Each task: 2 assigned users, 1 group,
-- 1 attached product, 1 comment; created over the two years before 2026-11-01, 4 in 5 with a deadline within a
-- year either side of that day, statuses evenly spread. "bench"'s inbox: the ~10,000 tasks of its two groups plus
-- 1 task in 500 assigned to it directly.
\set ON_ERROR_STOP on
begin;

insert into app_user (uid, email, firstname, lastname, status, created, last_modified)
select 'u' || n, 'u' || n || '@example.com', 'User', 'u' || n, 1, timestamptz '2024-01-01', timestamptz '2024-01-01'
from generate_series(1, 200) n
union all
select 'bench', 'bench@example.com', 'Bench', 'User', 1, timestamptz '2024-01-01', timestamptz '2024-01-01';

insert into user_group (uid, name, created, created_by, last_modified, last_modified_by)
select md5('group' || g)::uuid, 'Group ' || g, timestamptz '2024-01-01', 'admin', timestamptz '2024-01-01', 'admin'
from generate_series(1, 20) g;

insert into user_group_member (user_uid, group_uid, ordinal)
select 'u' || n, md5('group' || (n % 20 + 1))::uuid, 0 from generate_series(1, 200) n
union all
select 'bench', md5('group' || g)::uuid, g - 1 from generate_series(1, 2) g;

insert into user_task (uid, created, created_by, deadline, deadline_offset_seconds, deadline_nanos, title,
    description, status, last_modified, version)
select md5('task' || i)::uuid,
    timestamptz '2024-11-01' + (i * interval '631 seconds'),
    'u' || (i % 200 + 1),
    case when i % 5 = 0 then null else timestamptz '2025-11-01' + ((i * 7919) % 63072000) * interval '1 second' end,
    case when i % 5 = 0 then null else 0 end,
    case when i % 5 = 0 then null else 0 end,
    'Add images to product ' || i,
    'Some variants of product ' || i || ' are missing their primary image; pick them from the DAM.',
    i % 5,
    timestamptz '2024-11-01' + (i * interval '631 seconds') + interval '1 day',
    1
from generate_series(1, 100000) i;

insert into user_task_assigned_user (task_uid, user_uid, ordinal)
select md5('task' || i)::uuid, 'u' || ((i * 7) % 200 + 1), 0 from generate_series(1, 100000) i
union all
select md5('task' || i)::uuid, 'u' || ((i * 7 + 100) % 200 + 1), 1 from generate_series(1, 100000) i
union all
select md5('task' || i)::uuid, 'bench', 2 from generate_series(1, 100000) i where i % 500 = 7;

insert into user_task_assigned_group (task_uid, group_uid, ordinal)
select md5('task' || i)::uuid, md5('group' || (i % 20 + 1))::uuid, 0 from generate_series(1, 100000) i;

insert into user_task_entity (task_uid, ordinal, entity_type, entity_id, status)
select md5('task' || i)::uuid, 0, 0, (1000 + i)::text, 0 from generate_series(1, 100000) i;

insert into user_task_comment (uid, task_uid, body, user_id, author_name, created, last_modified, system_generated)
select md5('comment' || i)::uuid, md5('task' || i)::uuid, 'Started on product ' || i, 'u' || (i % 200 + 1),
    'User u' || (i % 200 + 1), timestamptz '2024-11-02' + (i * interval '631 seconds'),
    timestamptz '2024-11-02' + (i * interval '631 seconds'), false
from generate_series(1, 100000) i;

commit;
-- vacuum too, so that index-only scans need no heap visits, as on a settled database
vacuum analyze;
