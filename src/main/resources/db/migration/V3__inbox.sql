-- The in-app inbox: one row per delivered message, its text kept as a message key and arguments for the reader's language.
create sequence inbox_messages_seq start 1 increment 50;
create table inbox_messages (
    id           bigint primary key,
    user_id      bigint       not null references users(id) on delete cascade,
    delivered_at timestamptz  not null,
    message_key  varchar(120) not null,
    link         varchar(300),
    read_at      timestamptz
);
create index inbox_messages_user on inbox_messages(user_id, delivered_at desc);
create index inbox_messages_unread on inbox_messages(user_id) where read_at is null;

create table inbox_message_arguments (
    message_id bigint       not null references inbox_messages(id) on delete cascade,
    position   integer      not null,
    value      varchar(500),
    primary key (message_id, position)
);
