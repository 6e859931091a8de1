-- Webhook subscriptions in Struct's shape, and their deliveries: one row per (webhook, event), kept 14 days.
create table webhook (
    uid uuid primary key,
    title varchar(200),
    url varchar(2000) not null,
    active boolean not null,
    secret varchar(500),
    enabled_events varchar(4000) not null,
    advanced_settings text,
    created timestamp with time zone not null,
    last_modified timestamp with time zone not null
);

create table webhook_header (
    webhook_uid uuid not null references webhook (uid) on delete cascade,
    ordinal int not null,
    name varchar(200) not null,
    header_value varchar(4000) not null,
    primary key (webhook_uid, ordinal)
);

-- state: pending (due at next_attempt_at), sending (leased by an instance until lease_until), delivered, failed.
-- The uid is the X-Request-UID header, the same on every attempt.
create table webhook_delivery (
    uid uuid primary key,
    webhook_uid uuid not null references webhook (uid) on delete cascade,
    event_id bigint not null references event_outbox (id),
    event_name varchar(100) not null,
    task_uid uuid,
    state varchar(20) not null,
    attempts int not null,
    next_attempt_at timestamp with time zone not null,
    lease_until timestamp with time zone,
    created timestamp with time zone not null,
    finished timestamp with time zone,
    status_code int,
    duration_ms bigint,
    response_excerpt varchar(2000),
    error varchar(2000)
);

create index webhook_delivery_due on webhook_delivery (state, next_attempt_at);
create index webhook_delivery_log on webhook_delivery (webhook_uid, created);
create index webhook_delivery_task_order on webhook_delivery (webhook_uid, task_uid, event_id);
