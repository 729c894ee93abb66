-- Transfer institutions and service providers (domain/people.md): directory profiles, client ratings and complaints.
create sequence institution_profiles_seq start 1 increment 50;
create table institution_profiles (
    id                     bigint primary key,
    organisation_id        bigint        not null unique references organisations(id),
    kind                   varchar(20)   not null,
    name                   varchar(200)  not null,
    region_code            varchar(6),
    level                  varchar(20)   not null default 'NONE',
    level_year             integer,
    level_document         varchar(200),
    parent_organisation_id bigint references organisations(id),
    description            varchar(4000),
    contact_phone          varchar(30),
    contact_email          varchar(200),
    website                varchar(200),
    status                 varchar(20)   not null default 'LISTED',
    status_reason          varchar(1000),
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                integer       not null default 0
);
create index institution_profiles_kind on institution_profiles(kind, status, name);

create table institution_profile_services (
    profile_id   bigint      not null references institution_profiles(id) on delete cascade,
    service_kind varchar(40) not null,
    primary key (profile_id, service_kind)
);

create table institution_profile_regions (
    profile_id  bigint     not null references institution_profiles(id) on delete cascade,
    region_code varchar(6) not null,
    primary key (profile_id, region_code)
);

-- subject_kind ORGANISATION: subject_id is an organisation id; BROKER: a user id.
create sequence feedback_ratings_seq start 1 increment 50;
create table feedback_ratings (
    id                      bigint primary key,
    subject_kind            varchar(20)   not null,
    subject_id              bigint        not null,
    subject_organisation_id bigint        not null references organisations(id),
    subject_name            varchar(200)  not null,
    rater_user_id           bigint        not null references users(id),
    rater_organisation_id   bigint        not null references organisations(id),
    rater_organisation_name varchar(200)  not null,
    rating_year             integer       not null,
    score                   integer       not null check (score between 1 and 5),
    comment                 varchar(4000) not null,
    status                  varchar(20)   not null,
    decision_reason         varchar(1000),
    decided_by              varchar(60),
    decided_at              timestamptz,
    created_at              timestamptz   not null,
    version                 integer       not null default 0
);
-- one rating per user per subject per calendar year; a rejected one may be replaced
create unique index feedback_ratings_once on feedback_ratings(subject_kind, subject_id, rater_user_id, rating_year)
    where status <> 'REJECTED';
create index feedback_ratings_subject on feedback_ratings(subject_kind, subject_id, rating_year, status);
create index feedback_ratings_pending on feedback_ratings(created_at) where status = 'PENDING';

create sequence feedback_complaints_seq start 1 increment 50;
create table feedback_complaints (
    id                      bigint primary key,
    subject_kind            varchar(20)   not null,
    subject_id              bigint        not null,
    subject_organisation_id bigint        not null references organisations(id),
    subject_name            varchar(200)  not null,
    complainant_user_id     bigint        not null references users(id),
    complainant_name        varchar(100)  not null,
    complaint_year          integer       not null,
    description             varchar(4000) not null,
    status                  varchar(20)   not null,
    response                varchar(4000),
    responded_by            varchar(60),
    responded_at            timestamptz,
    decision_reason         varchar(1000),
    decided_by              varchar(60),
    decided_at              timestamptz,
    created_at              timestamptz   not null,
    version                 integer       not null default 0
);
create index feedback_complaints_subject on feedback_complaints(subject_kind, subject_id, status);
create index feedback_complaints_complainant on feedback_complaints(complainant_user_id);
