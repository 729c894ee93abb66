-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first response to a POST is kept and replayed for a retry
-- with the same key, so a client that lost the answer can safely send again. Keys are scoped per user.
create table idempotency_key (
    username          varchar(100)  not null,
    idempotency_key   varchar(255)  not null,
    request_hash      char(64)      not null,
    method            varchar(10)   not null,
    path              varchar(2000) not null,
    state             varchar(20)   not null check (state in ('IN_PROGRESS', 'COMPLETED')),
    response_status   integer,
    response_type     varchar(200),
    response_location varchar(2000),
    response_body     bytea,
    created_at        timestamptz   not null,
    completed_at      timestamptz,
    primary key (username, idempotency_key)
);
create index idempotency_key_created on idempotency_key (created_at);
