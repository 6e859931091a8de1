-- The statements behind GET /v1/usertasks?inbox=me and ?overdue=true for user "bench" (groups 1 and 2), as
-- TaskSearchQueries writes them: the count, then the Uids of the first page (one more than the page size).
\set ON_ERROR_STOP on
\echo '== inbox=me: count'
explain (analyze, buffers) select count(*) from user_task t
where (t.uid in (select iu.task_uid from user_task_assigned_user iu where iu.user_uid = 'bench')
    or t.uid in (select ig.task_uid from user_task_assigned_group ig
        where ig.group_uid in (md5('group1')::uuid, md5('group2')::uuid)));
\echo '== inbox=me: first page'
explain (analyze, buffers) select t.uid, t.created as sort_value from user_task t
where (t.uid in (select iu.task_uid from user_task_assigned_user iu where iu.user_uid = 'bench')
    or t.uid in (select ig.task_uid from user_task_assigned_group ig
        where ig.group_uid in (md5('group1')::uuid, md5('group2')::uuid)))
order by t.created asc, t.uid asc
fetch first 101 rows only;
\echo '== inbox=me: a deep cursor page (after a task created 2026-06-01)'
explain (analyze, buffers) select t.uid, t.created as sort_value from user_task t
where (t.uid in (select iu.task_uid from user_task_assigned_user iu where iu.user_uid = 'bench')
    or t.uid in (select ig.task_uid from user_task_assigned_group ig
        where ig.group_uid in (md5('group1')::uuid, md5('group2')::uuid)))
  and (t.created, t.uid) > (timestamptz '2026-06-01', '00000000-0000-0000-0000-000000000000'::uuid)
order by t.created asc, t.uid asc
fetch first 101 rows only;
\echo '== overdue=true: count'
explain (analyze, buffers) select count(*) from user_task t
where t.status in (0, 1, 2, 3) and t.deadline < now();
\echo '== overdue=true: first page'
explain (analyze, buffers) select t.uid, t.created as sort_value from user_task t
where t.status in (0, 1, 2, 3) and t.deadline < now()
order by t.created asc, t.uid asc
fetch first 101 rows only;
\echo '== overdue=true&sort=deadline: first page'
explain (analyze, buffers) select t.uid, t.deadline as sort_value from user_task t
where t.status in (0, 1, 2, 3) and t.deadline < now()
order by t.deadline asc nulls last, t.uid asc
fetch first 101 rows only;
