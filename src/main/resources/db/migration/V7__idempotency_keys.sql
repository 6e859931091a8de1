-- Answers to POST requests sent with an Idempotency-Key header, per caller, so that a retry gets the same answer.
-- A row without a status is a request still being handled.
create table idempotency_key (
    user_id varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash varchar(64) not null,
    status int,
    content_type varchar(200),
    body text,
    created timestamp with time zone not null,
    primary key (user_id, idempotency_key)
);

create index idempotency_key_created on idempotency_key (created);
