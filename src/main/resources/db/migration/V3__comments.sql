-- The comment thread of a task. The author's name is kept as it was when the comment was written.
create table user_task_comment (
    uid uuid primary key,
    task_uid uuid not null references user_task (uid) on delete cascade,
    body text not null,
    user_id varchar(100) not null,
    author_name varchar(401),
    created timestamp with time zone not null,
    last_modified timestamp with time zone not null,
    system_generated boolean not null
);

create index user_task_comment_task on user_task_comment (task_uid, created);
