-- People sign in to the web inbox with a password; API keys stay for the API.
-- Only an Argon2id hash of the password is kept.
create table user_credential (
    user_uid varchar(100) primary key references app_user (uid) on delete cascade,
    password_hash varchar(255) not null,
    changed timestamp with time zone not null,
    failed_sign_ins int not null,
    locked_until timestamp with time zone
);

-- One-time links that let a user choose a password. Only the SHA-256 of the token is kept;
-- a user has at most one open invite (a new one replaces it).
create table user_invite (
    token_hash varchar(64) primary key,
    user_uid varchar(100) not null references app_user (uid) on delete cascade,
    created timestamp with time zone not null,
    expires timestamp with time zone not null
);

create index user_invite_user on user_invite (user_uid);
