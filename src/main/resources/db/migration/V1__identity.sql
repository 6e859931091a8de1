-- Users, user groups and API keys. User ids are strings, as in Struct ("5", "12").
create table app_user (
    uid varchar(100) primary key,
    email varchar(320),
    firstname varchar(200),
    lastname varchar(200),
    status int not null,
    created timestamp with time zone not null,
    last_modified timestamp with time zone not null
);

-- GET /v1/users lists users in creation order.
create index app_user_created on app_user (created, uid);

create table app_user_role (
    user_uid varchar(100) not null references app_user (uid) on delete cascade,
    ordinal int not null,
    role varchar(200) not null,
    primary key (user_uid, role)
);

create table user_group (
    uid uuid primary key,
    name varchar(200) not null,
    created timestamp with time zone not null,
    created_by varchar(100) not null,
    last_modified timestamp with time zone not null,
    last_modified_by varchar(100) not null
);

create index user_group_created on user_group (created, uid);

create table user_group_member (
    user_uid varchar(100) not null references app_user (uid) on delete cascade,
    group_uid uuid not null references user_group (uid) on delete cascade,
    ordinal int not null,
    primary key (user_uid, group_uid)
);

create index user_group_member_group on user_group_member (group_uid);

-- Only the SHA-256 of a key is kept; the key itself is shown once, when it is created.
create table api_key (
    uid uuid primary key,
    key_hash varchar(64) not null unique,
    user_uid varchar(100) not null references app_user (uid) on delete cascade,
    name varchar(200),
    admin boolean not null,
    created timestamp with time zone not null
);

create index api_key_user on api_key (user_uid);
create index api_key_created on api_key (created, uid);
