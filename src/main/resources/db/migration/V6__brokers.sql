-- Technology brokers (技术经纪人 / 技术经理人 / 科技伯乐), domain/people.md §Brokers: profiles with their status history,
-- attachments to achievements / needs / deals, the append-only contribution points ledger (贡献积分, seed 002 §15), trainings and
-- offline deals with admin verification, yearly evaluations and the suspension procedure (seed 000 §10).

create table broker_profiles (
    user_id              bigint       primary key references users(id),
    organisation_id      bigint       not null references organisations(id),
    grade                varchar(20)  not null,
    certificate_number   varchar(60),
    grade_verified       boolean      not null default false,
    grade_verified_at    timestamptz,
    grade_verified_by    varchar(60),
    bio                  varchar(1000),
    status               varchar(20)  not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              integer      not null default 0,
    constraint broker_certificate_for_grade check (grade = 'JUNIOR' or certificate_number is not null)
);
create index broker_profiles_status on broker_profiles(status);

create table broker_profile_disciplines (
    user_id bigint      not null references broker_profiles(user_id) on delete cascade,
    code    varchar(10) not null,
    primary key (user_id, code)
);
create table broker_profile_industries (
    user_id bigint      not null references broker_profiles(user_id) on delete cascade,
    code    varchar(10) not null,
    primary key (user_id, code)
);
create table broker_profile_regions (
    user_id bigint      not null references broker_profiles(user_id) on delete cascade,
    code    varchar(6)  not null,
    primary key (user_id, code)
);
create table broker_profile_languages (
    user_id  bigint      not null references broker_profiles(user_id) on delete cascade,
    language varchar(40) not null,
    primary key (user_id, language)
);

create sequence broker_status_changes_seq start 1 increment 50;
create table broker_status_changes (
    id            bigint primary key,
    user_id       bigint       not null references broker_profiles(user_id),
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    reason        varchar(1000),
    changed_by    varchar(60)  not null,
    changed_at    timestamptz  not null
);
create index broker_status_changes_user on broker_status_changes(user_id, changed_at);

create sequence broker_attachments_seq start 1 increment 50;
create table broker_attachments (
    id                      bigint primary key,
    broker_user_id          bigint       not null references broker_profiles(user_id),
    subject_type            varchar(20)  not null,
    subject_id              bigint       not null,
    holder_organisation_id  bigint       not null references organisations(id),
    initiated_by            varchar(20)  not null,
    status                  varchar(20)  not null,
    requested_by            varchar(60)  not null,
    requested_at            timestamptz  not null,
    decided_by              varchar(60),
    decided_at              timestamptz,
    version                 integer      not null default 0
);
-- one live (pending or accepted) attachment per broker and subject
create unique index broker_attachments_live on broker_attachments(broker_user_id, subject_type, subject_id)
    where status in ('PENDING', 'ACCEPTED');
create index broker_attachments_subject on broker_attachments(subject_type, subject_id);
create index broker_attachments_holder on broker_attachments(holder_organisation_id, status);

-- The contribution points ledger: append-only. Every row names its source kind and source reference; a correction is a new row
-- that references the corrected row and carries a reason.
create sequence broker_point_entries_seq start 1 increment 50;
create table broker_point_entries (
    id                 bigint primary key,
    broker_user_id     bigint        not null references broker_profiles(user_id),
    source             varchar(30)   not null,
    source_reference   varchar(120)  not null check (length(trim(source_reference)) > 0),
    points             numeric(10,2) not null,
    amount             numeric(16,2),
    accounting_year    integer       not null,
    corrects_entry_id  bigint        references broker_point_entries(id),
    reason             varchar(1000),
    recorded_at        timestamptz   not null,
    recorded_by        varchar(60)   not null,
    constraint broker_point_correction_reason check (corrects_entry_id is null or length(trim(reason)) > 0)
);
-- the same source event never pays twice
create unique index broker_point_entries_source on broker_point_entries(broker_user_id, source, source_reference)
    where corrects_entry_id is null;
create index broker_point_entries_broker on broker_point_entries(broker_user_id, accounting_year);

create function broker_point_entries_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'broker_point_entries is append-only: % rejected (record a correction instead)', tg_op
        using errcode = 'P0001';
end;
$$;
create trigger broker_point_entries_no_update_delete
    before update or delete on broker_point_entries
    for each row execute function broker_point_entries_append_only();
create trigger broker_point_entries_no_truncate
    before truncate on broker_point_entries
    for each statement execute function broker_point_entries_append_only();

create sequence broker_trainings_seq start 1 increment 50;
create table broker_trainings (
    id                 bigint primary key,
    broker_user_id     bigint        not null references broker_profiles(user_id),
    title              varchar(200)  not null,
    given_on           date          not null,
    hours              numeric(5,1)  not null,
    audience_size      integer       not null,
    evidence_key       varchar(36)   not null,
    evidence_name      varchar(200)  not null,
    evidence_type      varchar(100)  not null,
    evidence_sha256    varchar(64)   not null,
    status             varchar(20)   not null,
    recorded_at        timestamptz   not null,
    decided_by         varchar(60),
    decided_at         timestamptz,
    decision_note      varchar(1000),
    version            integer       not null default 0
);
create index broker_trainings_broker on broker_trainings(broker_user_id);
create index broker_trainings_status on broker_trainings(status);

create sequence broker_deals_seq start 1 increment 50;
create table broker_deals (
    id                   bigint primary key,
    broker_user_id       bigint        not null references broker_profiles(user_id),
    seller               varchar(200)  not null,
    buyer                varchar(200)  not null,
    achievement_id       bigint,
    external_reference   varchar(120),
    contract_amount      numeric(16,2) not null check (contract_amount > 0),
    signed_on            date          not null,
    commission_amount    numeric(16,2),
    commission_rate      numeric(7,6),
    reward_pool          numeric(16,2),
    staff_share          numeric(7,6),
    evidence_key         varchar(36)   not null,
    evidence_name        varchar(200)  not null,
    evidence_type        varchar(100)  not null,
    evidence_sha256      varchar(64)   not null,
    status               varchar(20)   not null,
    recorded_at          timestamptz   not null,
    decided_by           varchar(60),
    decided_at           timestamptz,
    decision_note        varchar(1000),
    version              integer       not null default 0,
    constraint broker_deal_commission_one check (commission_amount is null or commission_rate is null)
);
create index broker_deals_broker on broker_deals(broker_user_id);
create index broker_deals_status on broker_deals(status);

create sequence broker_evaluations_seq start 1 increment 50;
create table broker_evaluations (
    id                 bigint primary key,
    broker_user_id     bigint        not null references broker_profiles(user_id),
    year               integer       not null,
    points             numeric(12,2) not null,
    verified_deals     integer       not null,
    deal_amount        numeric(16,2) not null,
    ratings            integer       not null,
    average_rating     numeric(4,2),
    upheld_complaints  integer       not null,
    ratings_source     boolean       not null,
    score              numeric(6,2)  not null,
    threshold          numeric(6,2)  not null,
    passed             boolean       not null,
    final_result       boolean       not null,
    evaluated_at       timestamptz   not null,
    evaluated_by       varchar(60)   not null,
    version            integer       not null default 0,
    unique (broker_user_id, year)
);

create sequence broker_suspension_notices_seq start 1 increment 50;
create table broker_suspension_notices (
    id                 bigint primary key,
    broker_user_id     bigint        not null references broker_profiles(user_id),
    year               integer       not null,
    issued_at          timestamptz   not null,
    appeal_deadline    timestamptz   not null,
    status             varchar(20)   not null,
    appeal_text        varchar(4000),
    appealed_at        timestamptz,
    decided_by         varchar(60),
    decided_at         timestamptz,
    decision_note      varchar(1000),
    version            integer       not null default 0,
    unique (broker_user_id, year)
);
create index broker_suspension_notices_status on broker_suspension_notices(status, appeal_deadline);
