-- EXPLAIN (ANALYZE, BUFFERS) of the statements each bench/run.sh scenario sends, as TaskSearchQueries, TaskQueries,
-- TaskRepository, CommentRepository and ApiKeyRepository write them, with the values of a run: user "bench"
-- (groups 1 and 2), tasks seeded by bench/seed.sql. Run by bench/explain.sh. The service sends them as prepared
-- statements, so after five runs PostgreSQL may choose a generic plan; these are the plans for these values.
-- The writes run in a transaction that is rolled back, so the data stays as seeded.
\set ON_ERROR_STOP on
\pset pager off
\set group1 '''00000000-0000-4000-9000-000000000001'''
\set group2 '''00000000-0000-4000-9000-000000000002'''
\set task '''00000000-0000-4000-8000-000000000007'''
-- A key for "bench", so the key lookup finds a row as it does under load.
insert into api_key (uid, key_hash, user_uid, name, admin, created)
values ('00000000-0000-4000-b000-000000000001', encode(sha256('bench-key'::bytea), 'hex'), 'bench', 'bench', false,
    now());
-- The 100 Uids of page 2, and the cursor after the page halfway through the list (as run.sh follows its Link).
select string_agg(quote_literal(uid::text), ', ') as page_uids
from (select uid from user_task order by created, uid offset 100 limit 100) p \gset
select quote_literal(created::text) as after_created, quote_literal(uid::text) as after_uid
from user_task order by created, uid offset (select count(*) / 2 from user_task) - 1 limit 1 \gset

\echo '==== an API request with a key not used in the last 10 s: the key and the caller''s groups (ApiKeyRepository)'
explain (analyze, buffers) select u.uid, u.firstname, u.lastname, k.admin
from api_key k join app_user u on u.uid = k.user_uid
where k.key_hash = encode(sha256('bench-key'::bytea), 'hex') and u.status <> 2;
explain (analyze, buffers) select group_uid from user_group_member where user_uid = 'bench';

\echo '==== GET /v1/usertasks/{uid}: the version (TaskRepository.version); when it is not the kept JSON''s, the task and its four kinds of children (TaskQueries.byUids)'
explain (analyze, buffers) select version from user_task where uid = :task;
explain (analyze, buffers) select uid, created, created_by, deadline, deadline_offset_seconds, deadline_nanos, title,
    description, status, last_modified, version, claimed_by, status_before_claim
from user_task where uid in (:task);
explain (analyze, buffers) select task_uid, user_uid from user_task_assigned_user where task_uid in (:task)
order by task_uid, ordinal;
explain (analyze, buffers) select task_uid, group_uid from user_task_assigned_group where task_uid in (:task)
order by task_uid, ordinal;
explain (analyze, buffers) select task_uid, entity_type, entity_id, status from user_task_entity
where task_uid in (:task) order by task_uid, ordinal;
explain (analyze, buffers) select uid, task_uid, body, user_id, author_name, created, last_modified, system_generated
from user_task_comment where task_uid in (:task) order by task_uid, created, uid;

\echo '==== GET /v1/usertasks?page=2: Total, the page''s Uids, then the 100 tasks and their children'
explain (analyze, buffers) select count(*) from user_task t;
explain (analyze, buffers) select t.uid, t.created as sort_value from user_task t
order by t.created asc, t.uid asc offset 100 rows fetch first 101 rows only;
explain (analyze, buffers) select uid, created, created_by, deadline, deadline_offset_seconds, deadline_nanos, title,
    description, status, last_modified, version, claimed_by, status_before_claim
from user_task where uid in (:page_uids);
explain (analyze, buffers) select task_uid, user_uid from user_task_assigned_user where task_uid in (:page_uids)
order by task_uid, ordinal;
explain (analyze, buffers) select task_uid, group_uid from user_task_assigned_group where task_uid in (:page_uids)
order by task_uid, ordinal;
explain (analyze, buffers) select task_uid, entity_type, entity_id, status from user_task_entity
where task_uid in (:page_uids) order by task_uid, ordinal;
explain (analyze, buffers) select uid, task_uid, body, user_id, author_name, created, last_modified, system_generated
from user_task_comment where task_uid in (:page_uids) order by task_uid, created, uid;

\echo '==== GET /v1/usertasks?inbox=me (user bench): Total and the first page''s Uids (children as above)'
explain (analyze, buffers) select count(*) from user_task t
where (t.uid in (select iu.task_uid from user_task_assigned_user iu where iu.user_uid = 'bench')
    or t.uid in (select ig.task_uid from user_task_assigned_group ig where ig.group_uid in (:group1, :group2)));
explain (analyze, buffers) select t.uid, t.created as sort_value from user_task t
where (t.uid in (select iu.task_uid from user_task_assigned_user iu where iu.user_uid = 'bench')
    or t.uid in (select ig.task_uid from user_task_assigned_group ig where ig.group_uid in (:group1, :group2)))
order by t.created asc, t.uid asc fetch first 101 rows only;

\echo '==== GET /v1/usertasks?overdue=true: Total and the first page''s Uids (children as above)'
explain (analyze, buffers) select count(*) from user_task t where t.status in (0, 1, 2, 3) and t.deadline < now();
explain (analyze, buffers) select t.uid, t.created as sort_value from user_task t
where t.status in (0, 1, 2, 3) and t.deadline < now()
order by t.created asc, t.uid asc fetch first 101 rows only;

\echo '==== GET /v1/usertasks?after=... halfway through the list: Total (as page 2) and the keyset page''s Uids'
explain (analyze, buffers) select t.uid, t.created as sort_value from user_task t
where (t.created, t.uid) > (cast(:after_created as timestamptz), cast(:after_uid as uuid))
order by t.created asc, t.uid asc fetch first 101 rows only;

begin;
\echo '==== POST /v1/usertasks: insert-if-absent, children, the event in the outbox (TaskRepository, EventOutbox)'
explain (analyze, buffers) insert into user_task (uid, created, created_by, deadline, deadline_offset_seconds,
    deadline_nanos, title, description, status, last_modified, version)
values ('00000000-0000-4000-c000-000000000001', now(), 'bench', now() + interval '30 days', 7200, 0,
    'Add images to product 1', 'Some variants of product 1 are missing their primary image.', 0, now(), 1)
on conflict do nothing;
explain (analyze, buffers) insert into user_task_assigned_user (task_uid, user_uid, ordinal)
values ('00000000-0000-4000-c000-000000000001', 'u2', 0);
explain (analyze, buffers) insert into user_task_assigned_group (task_uid, group_uid, ordinal)
values ('00000000-0000-4000-c000-000000000001', :group2, 0);
explain (analyze, buffers) insert into user_task_entity (task_uid, ordinal, entity_type, entity_id, status)
values ('00000000-0000-4000-c000-000000000001', 0, 0, '1001', 0);
explain (analyze, buffers) insert into event_outbox (event_uid, name, task_uid, actor_id, occurred, payload)
values ('00000000-0000-4000-d000-000000000001', 'usertask.created', '00000000-0000-4000-c000-000000000001', 'bench',
    now(), '{}');

\echo '==== POST /v1/usertasks/{uid}/comments: lock the task, insert the comment, touch the task (CommentRepository)'
explain (analyze, buffers) select version from user_task where uid = :task for update;
explain (analyze, buffers) insert into user_task_comment
    (uid, task_uid, body, user_id, author_name, created, last_modified, system_generated)
values ('00000000-0000-4000-e000-000000000001', :task, 'Waiting for the photographer.', 'bench', 'Bench User', now(),
    now(), false);
explain (analyze, buffers) update user_task set last_modified = now(), version = version + 1 where uid = :task;

\echo '==== PUT /v1/usertasks: lock, update, replace the children, record the change (TaskRepository, TaskHistory)'
explain (analyze, buffers) update user_task set deadline = now() + interval '30 days', deadline_offset_seconds = 0,
    deadline_nanos = 0, title = 'Add images to product 7 (edited)', description = 'Edited.', status = 0,
    claimed_by = null, status_before_claim = null, last_modified = now(), version = version + 1
where uid = :task;
explain (analyze, buffers) delete from user_task_assigned_user where task_uid = :task;
explain (analyze, buffers) delete from user_task_assigned_group where task_uid = :task;
explain (analyze, buffers) delete from user_task_entity where task_uid = :task;
explain (analyze, buffers) insert into user_task_history (task_uid, at, user_id, field, old_value, new_value)
values (:task, now(), 'bench', 'Title', 'Add images to product 7', 'Add images to product 7 (edited)');
rollback;
delete from api_key where uid = '00000000-0000-4000-b000-000000000001';
