-- N tasks of realistic shape, written straight into a migrated UserTasks schema with set-based SQL, so a million
-- tasks take seconds rather than a million HTTP calls. Runs unchanged on PostgreSQL and on H2 (PostgreSQL mode);
-- bench/run.sh replaces __N__ with the number of tasks.
--
-- 200 users u1..u200 in 20 groups, plus user "bench" in groups 1 and 2. Each task: 2 assigned users, 1 group,
-- 3 attached entities (a product, a variant, an asset), 2 comments; created over the two years before today,
-- 4 in 5 with a deadline within a year either side of today, statuses evenly spread over the five (1 in 5
-- Completed). So about a third of the tasks are overdue, and "bench"'s inbox holds its groups' tenth of the tasks
-- plus 1 task in 500 assigned to it directly. Ids are readable and predictable, so the wrk scripts can pick any:
-- task i is 00000000-0000-4000-8000-<i in 12 digits>, group g is 00000000-0000-4000-9000-<g in 12 digits>.
-- Dates are relative to the day of seeding, so overdue=true finds the same share whenever the harness runs.

insert into app_user (uid, email, firstname, lastname, status, created, last_modified)
select 'u' || n, 'u' || n || '@example.com', 'User', 'u' || n, 1, current_date - 800, current_date - 800
from generate_series(1, 200) as s(n);
insert into app_user (uid, email, firstname, lastname, status, created, last_modified)
values ('bench', 'bench@example.com', 'Bench', 'User', 1, current_date - 800, current_date - 800);

insert into user_group (uid, name, created, created_by, last_modified, last_modified_by)
select cast('00000000-0000-4000-9000-' || lpad(cast(g as varchar), 12, '0') as uuid), 'Group ' || g,
    current_date - 800, 'admin', current_date - 800, 'admin'
from generate_series(1, 20) as s(g);

insert into user_group_member (user_uid, group_uid, ordinal)
select 'u' || n, cast('00000000-0000-4000-9000-' || lpad(cast(n % 20 + 1 as varchar), 12, '0') as uuid), 0
from generate_series(1, 200) as s(n);
insert into user_group_member (user_uid, group_uid, ordinal)
select 'bench', cast('00000000-0000-4000-9000-' || lpad(cast(g as varchar), 12, '0') as uuid), g - 1
from generate_series(1, 2) as s(g);

insert into user_task (uid, created, created_by, deadline, deadline_offset_seconds, deadline_nanos, title,
    description, status, last_modified, version)
select cast('00000000-0000-4000-8000-' || lpad(cast(i as varchar), 12, '0') as uuid),
    cast(current_date - 730 as timestamp with time zone) + (cast(63072000 as bigint) * i / __N__) * interval '1' second,
    'u' || (i % 200 + 1),
    case when i % 5 = 0 then null
        else cast(current_date - 365 as timestamp with time zone) + (cast(i as bigint) * 7919 % __N__ * cast(63072000 as bigint) / __N__) * interval '1' second end,
    case when i % 5 = 0 then null else 0 end,
    case when i % 5 = 0 then null else 0 end,
    'Add images to product ' || i,
    'Some variants of product ' || i || ' are missing their primary image; pick them from the DAM and check the crop.',
    i / 5 % 5,
    cast(current_date - 729 as timestamp with time zone) + (cast(63072000 as bigint) * i / __N__) * interval '1' second,
    1
from generate_series(1, __N__) as s(i);

insert into user_task_assigned_user (task_uid, user_uid, ordinal)
select cast('00000000-0000-4000-8000-' || lpad(cast(i as varchar), 12, '0') as uuid), 'u' || ((i * 7) % 200 + 1), 0
from generate_series(1, __N__) as s(i);
insert into user_task_assigned_user (task_uid, user_uid, ordinal)
select cast('00000000-0000-4000-8000-' || lpad(cast(i as varchar), 12, '0') as uuid),
    case when i % 500 = 7 then 'bench' else 'u' || ((i * 7 + 100) % 200 + 1) end, 1
from generate_series(1, __N__) as s(i);

insert into user_task_assigned_group (task_uid, group_uid, ordinal)
select cast('00000000-0000-4000-8000-' || lpad(cast(i as varchar), 12, '0') as uuid),
    cast('00000000-0000-4000-9000-' || lpad(cast(i % 20 + 1 as varchar), 12, '0') as uuid), 0
from generate_series(1, __N__) as s(i);

insert into user_task_entity (task_uid, ordinal, entity_type, entity_id, status)
select cast('00000000-0000-4000-8000-' || lpad(cast(i as varchar), 12, '0') as uuid), e.ordinal, e.entity_type,
    cast(1000 + i as varchar) || e.suffix, case when i % 3 = e.ordinal then 1 else 0 end
from generate_series(1, __N__) as s(i)
cross join (select 0 as ordinal, 0 as entity_type, '' as suffix
    union all select 1, 1, '-red' union all select 2, 3, '.jpg') as e;

insert into user_task_comment (uid, task_uid, body, user_id, author_name, created, last_modified, system_generated)
select cast('00000000-0000-4000-a00' || c.n || '-' || lpad(cast(i as varchar), 12, '0') as uuid),
    cast('00000000-0000-4000-8000-' || lpad(cast(i as varchar), 12, '0') as uuid),
    c.body || ' product ' || i || '.', 'u' || ((i * 7 + c.n) % 200 + 1), 'User u' || ((i * 7 + c.n) % 200 + 1),
    cast(current_date - 729 + c.n as timestamp with time zone) + (cast(63072000 as bigint) * i / __N__) * interval '1' second,
    cast(current_date - 729 + c.n as timestamp with time zone) + (cast(63072000 as bigint) * i / __N__) * interval '1' second,
    false
from generate_series(1, __N__) as s(i)
cross join (select 1 as n, 'Started on' as body union all select 2, 'Waiting for the photographer for') as c;
