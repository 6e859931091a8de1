-- User tasks with their assignees and attached entities; children keep the order the client sent.
create table user_task (
    uid uuid primary key,
    created timestamp with time zone not null,
    created_by varchar(100) not null,
    -- The deadline's instant (for queries), plus the offset and the full fraction the client sent,
    -- so that a deadline comes back exactly as it was given on both databases.
    deadline timestamp with time zone,
    deadline_offset_seconds int,
    deadline_nanos int,
    title varchar(1000),
    description text,
    status int not null,
    last_modified timestamp with time zone not null,
    version bigint not null
);

-- The default list order: Created ascending, ties by Uid.
create index user_task_created on user_task (created, uid);

create table user_task_assigned_user (
    task_uid uuid not null references user_task (uid) on delete cascade,
    user_uid varchar(100) not null references app_user (uid) on delete cascade,
    ordinal int not null,
    primary key (task_uid, user_uid)
);

create index user_task_assigned_user_user on user_task_assigned_user (user_uid);

create table user_task_assigned_group (
    task_uid uuid not null references user_task (uid) on delete cascade,
    group_uid uuid not null references user_group (uid) on delete cascade,
    ordinal int not null,
    primary key (task_uid, group_uid)
);

create index user_task_assigned_group_group on user_task_assigned_group (group_uid);

create table user_task_entity (
    task_uid uuid not null references user_task (uid) on delete cascade,
    ordinal int not null,
    entity_type int not null,
    entity_id varchar(255) not null,
    status int not null,
    primary key (task_uid, entity_type, entity_id)
);

create index user_task_entity_entity on user_task_entity (entity_type, entity_id);
