-- Subscriptions and push (issue 4 item 4, domain/demands.md §Matching and push): module org.opentechmarket.subscription.
-- docs/architecture.md §Subscriptions and push explains the flow: publications and need openings are queued here in the
-- transaction that makes them public; a scheduled run matches them once per digest period, records each notified pair once
-- (push_pairs) together with its digest entry, then sends one digest per recipient and period (inbox and e-mail).

create sequence subscriptions_seq start 1 increment 50;

-- A saved search (SEARCH) or a followed need of the user's own organisation (NEED).
create table subscriptions (
    id              bigint primary key,
    user_id         bigint       not null references users(id) on delete cascade,
    organisation_id bigint       not null,
    kind            varchar(10)  not null,
    status          varchar(10)  not null,
    name            varchar(200) not null,
    query_text      varchar(500),
    industry_code   varchar(10),
    discipline_code varchar(10),
    region_code     varchar(10),
    min_trl         integer,
    budget_max      numeric(16, 2),
    need_id         bigint,
    by_default      boolean      not null default false,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    lock_version    integer      not null default 0
);
create index subscriptions_user_idx on subscriptions (user_id);
create index subscriptions_active_idx on subscriptions (status) where status = 'ACTIVE';
-- one subscription per user and need
create unique index subscriptions_user_need_idx on subscriptions (user_id, need_id) where need_id is not null;

-- Achievements published and not yet matched against the subscriptions (filled in the publishing transaction).
create table push_publications (
    achievement_id bigint      primary key,
    published_at   timestamptz not null,
    matched_at     timestamptz
);
create index push_publications_pending_idx on push_publications (published_at) where matched_at is null;

-- Needs opened (not imported) and not yet matched against the published achievements.
create table push_need_openings (
    need_id    bigint      primary key,
    opened_at  timestamptz not null,
    matched_at timestamptz
);
create index push_need_openings_pending_idx on push_need_openings (opened_at) where matched_at is null;

-- Every pair ever notified: a subscription (S) or an opened need (N) × an achievement. Inserted in the transaction that writes
-- the digest entries, so a pair is notified at most once whatever runs twice or restarts.
create table push_pairs (
    source_kind    char(1)     not null,
    source_id      bigint      not null,
    achievement_id bigint      not null,
    created_at     timestamptz not null,
    primary key (source_kind, source_id, achievement_id)
);

-- One digest per recipient and digest period (slot); its e-mail state is retried until sent or given up.
create table push_digests (
    id            bigint generated always as identity primary key,
    user_id       bigint       not null references users(id) on delete cascade,
    slot          timestamptz  not null,
    created_at    timestamptz  not null,
    entry_count   integer      not null,
    mail_status   varchar(10)  not null,
    mail_attempts integer      not null default 0,
    mail_error    varchar(500),
    mail_sent_at  timestamptz,
    unique (user_id, slot)
);
create index push_digests_mail_pending_idx on push_digests (id) where mail_status = 'PENDING';

-- What a recipient is told: a new achievement for one of their subscriptions (MATCH), or, for a holder's member, a newly
-- opened need that their organisation's achievement strongly matches (HOLDER). Pending until a digest takes it.
create table push_entries (
    id              bigint generated always as identity primary key,
    user_id         bigint           not null references users(id) on delete cascade,
    kind            varchar(10)      not null,
    subscription_id bigint           references subscriptions(id) on delete set null,
    need_id         bigint,
    achievement_id  bigint           not null,
    score           double precision not null,
    matched_terms   varchar(500),
    created_at      timestamptz      not null,
    digest_id       bigint           references push_digests(id) on delete cascade
);
create index push_entries_pending_idx on push_entries (user_id) where digest_id is null;
create index push_entries_digest_idx on push_entries (digest_id);

-- Per-user push preferences: the language of the e-mails and whether digests are mailed (the unsubscribe link turns it off).
create table push_recipients (
    user_id          bigint      primary key references users(id) on delete cascade,
    language         varchar(16) not null,
    mail_enabled     boolean     not null,
    unsubscribed_at  timestamptz,
    updated_at       timestamptz not null
);
