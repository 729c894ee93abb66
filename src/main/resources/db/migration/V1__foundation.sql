-- Platform foundation: organisations, users, audit trail, the achievement registry and funded projects.

create sequence organisations_seq start 1 increment 1;
create table organisations (
    id              bigint primary key,
    name            varchar(200) not null,
    credit_code     varchar(18)  not null unique,
    type            varchar(32)  not null,
    state_owned     boolean      not null default false,
    region_code     varchar(6),
    verified        boolean      not null default false,
    verified_at     timestamptz,
    verified_by     varchar(60),
    created_at      timestamptz  not null,
    version         integer      not null default 0
);

create sequence users_seq start 1 increment 1;
create table users (
    id              bigint primary key,
    username        varchar(40)  not null unique,
    password_hash   varchar(200) not null,
    display_name    varchar(100) not null,
    email           varchar(200),
    organisation_id bigint       not null references organisations(id),
    enabled         boolean      not null default true,
    created_at      timestamptz  not null
);
create index users_organisation on users(organisation_id);

create table user_roles (
    user_id bigint      not null references users(id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create sequence audit_log_seq start 1 increment 50;
create table audit_log (
    id              bigint primary key,
    at              timestamptz  not null,
    username        varchar(60)  not null,
    organisation_id bigint,
    action          varchar(60)  not null,
    subject_type    varchar(40)  not null,
    subject_id      varchar(60),
    details         text
);
create index audit_log_subject on audit_log(subject_type, subject_id);
create index audit_log_at on audit_log(at);

create sequence achievements_seq start 1 increment 100;
create table achievements (
    id                       bigint primary key,
    lineage                  varchar(36)  not null,
    version_number           integer      not null,
    revision_of              bigint references achievements(id),
    holder_organisation_id   bigint       not null references organisations(id),
    holder_name              varchar(200) not null,
    created_by               varchar(60)  not null,
    status                   varchar(20)  not null,
    registration_number      varchar(16),
    external_id              varchar(80),
    title                    varchar(200) not null,
    category                 varchar(10)  not null,
    abstract_text            text,
    research_start           varchar(7),
    research_end             varchar(7),
    attribute                varchar(30),
    evaluation_route         varchar(30),
    level                    varchar(30),
    stage                    varchar(10),
    discipline_code          varchar(10),
    discipline_root          varchar(10),
    industry_code            varchar(10),
    industry_section         varchar(2),
    region_code              varchar(6),
    province_code            varchar(6),
    funding_source           varchar(12),
    project_number           varchar(60),
    acceptance_date          date,
    trl                      integer check (trl between 1 and 9),
    price_negotiable         boolean      not null default true,
    price_min                numeric(14, 2),
    price_max                numeric(14, 2),
    application_fields       text,
    cooperation_requirements text,
    market_field             varchar(100),
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    first_submitted_at       timestamptz,
    submitted_at             timestamptz,
    notice_starts_at         timestamptz,
    notice_ends_at           timestamptz,
    published_at             timestamptz,
    converted_at             timestamptz,
    conversion_note          text,
    lock_version             integer      not null default 0
);
-- one live holder of each registration number; a superseded version keeps the number for history
create unique index achievements_registration_number on achievements(registration_number)
    where registration_number is not null and status <> 'SUPERSEDED';
create unique index achievements_external_id on achievements(external_id)
    where external_id is not null and status <> 'SUPERSEDED';
create index achievements_holder on achievements(holder_organisation_id, updated_at desc);
create index achievements_status on achievements(status, notice_ends_at);
create index achievements_lineage on achievements(lineage, version_number);
create index achievements_project on achievements(project_number) where project_number is not null;

create table achievement_keywords (
    achievement_id bigint      not null references achievements(id) on delete cascade,
    position       integer     not null,
    keyword        varchar(60) not null,
    primary key (achievement_id, position)
);

create table achievement_organisations (
    achievement_id bigint       not null references achievements(id) on delete cascade,
    position       integer      not null,
    name           varchar(200) not null,
    primary key (achievement_id, position)
);

create table achievement_inventors (
    achievement_id bigint       not null references achievements(id) on delete cascade,
    position       integer      not null,
    name           varchar(60)  not null,
    organisation   varchar(200) not null,
    role           varchar(100),
    share          numeric(5, 2) not null,
    primary key (achievement_id, position)
);

create table achievement_ip_rights (
    achievement_id bigint      not null references achievements(id) on delete cascade,
    position       integer     not null,
    type           varchar(30) not null,
    number         varchar(60),
    grant_date     date,
    status         varchar(12),
    primary key (achievement_id, position)
);
create index achievement_ip_rights_number on achievement_ip_rights(number) where number is not null;

create table achievement_conversion_methods (
    achievement_id bigint      not null references achievements(id) on delete cascade,
    method         varchar(20) not null,
    primary key (achievement_id, method)
);

create table achievement_workflow (
    achievement_id bigint      not null references achievements(id) on delete cascade,
    position       integer     not null,
    at             timestamptz not null,
    actor          varchar(60) not null,
    from_status    varchar(20),
    to_status      varchar(20) not null,
    reason         text,
    primary key (achievement_id, position)
);

create sequence achievement_evidence_seq start 1 increment 1;
create table achievement_evidence (
    id             bigint primary key,
    achievement_id bigint       not null references achievements(id) on delete cascade,
    type           varchar(30)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null,
    storage_key    varchar(36)  not null,
    sha256         varchar(64)  not null,
    uploaded_at    timestamptz  not null,
    uploaded_by    varchar(60)  not null
);
create index achievement_evidence_achievement on achievement_evidence(achievement_id);

create sequence achievement_objections_seq start 1 increment 1;
create table achievement_objections (
    id                        bigint primary key,
    achievement_id            bigint      not null references achievements(id) on delete cascade,
    filed_by                  varchar(60) not null,
    filed_by_organisation_id  bigint      not null,
    filed_at                  timestamptz not null,
    reasons                   text        not null,
    status                    varchar(10) not null,
    resolved_by               varchar(60),
    resolved_at               timestamptz,
    resolution                text
);
create index achievement_objections_achievement on achievement_objections(achievement_id, status);

create table registration_sequences (
    prefix     varchar(12) primary key,
    last_value integer     not null
);

create sequence funded_projects_seq start 1 increment 50;
create table funded_projects (
    id                     bigint primary key,
    project_number         varchar(60)  not null unique,
    title                  varchar(300) not null,
    holder_organisation_id bigint       not null references organisations(id),
    holder_name            varchar(200) not null,
    funding_level          varchar(12)  not null,
    funding_wan            numeric(14, 2),
    acceptance_date        date,
    created_at             timestamptz  not null,
    created_by             varchar(60)  not null
);
create index funded_projects_holder on funded_projects(holder_organisation_id);
