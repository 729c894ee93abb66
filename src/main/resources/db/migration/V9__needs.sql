-- Technology needs (技术需求, domain/demands.md §Technology needs): module org.opentechmarket.demand
create sequence needs_seq start 1 increment 50;
create sequence need_attachments_seq start 1 increment 50;
create sequence need_talks_seq start 1 increment 50;

create table needs (
    id bigint primary key,
    external_id varchar(100) unique,
    owner_organisation_id bigint not null,
    owner_name varchar(200) not null,
    posted_by varchar(100) not null,
    posted_on_behalf varchar(20),
    status varchar(20) not null,
    title varchar(200) not null,
    description text,
    current_state text,
    targets text,
    industry_code varchar(10),
    industry_section varchar(4),
    discipline_code varchar(10),
    region_code varchar(10),
    province_code varchar(10),
    budget_negotiable boolean not null,
    budget_min numeric(16, 2),
    budget_max numeric(16, 2),
    min_trl integer,
    deadline date,
    contact_name varchar(100),
    contact_phone varchar(40),
    contact_email varchar(200),
    review_note text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    submitted_at timestamptz,
    opened_at timestamptz,
    closed_at timestamptz,
    lock_version integer not null default 0
);
create index needs_owner_idx on needs (owner_organisation_id);
create index needs_status_deadline_idx on needs (status, deadline);

create table need_cooperations (
    need_id bigint not null references needs (id) on delete cascade,
    cooperation varchar(30) not null,
    primary key (need_id, cooperation)
);

create table need_keywords (
    need_id bigint not null references needs (id) on delete cascade,
    position integer not null,
    keyword varchar(100) not null,
    primary key (need_id, position)
);

create table need_attachments (
    id bigint primary key,
    need_id bigint not null references needs (id) on delete cascade,
    file_name varchar(255) not null,
    storage_key varchar(200) not null,
    content_type varchar(100),
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz not null
);
create index need_attachments_need_idx on need_attachments (need_id);

create table need_talks (
    id bigint primary key,
    need_id bigint not null references needs (id) on delete cascade,
    requester_user_id bigint not null,
    requester_username varchar(100) not null,
    requester_organisation_id bigint not null,
    requester_organisation_name varchar(200) not null,
    message text not null,
    contact_name varchar(100) not null,
    contact_phone varchar(40),
    contact_email varchar(200),
    status varchar(20) not null,
    created_at timestamptz not null,
    decided_at timestamptz,
    decided_by varchar(100),
    lock_version integer not null default 0
);
create index need_talks_need_idx on need_talks (need_id);
create index need_talks_requester_idx on need_talks (requester_organisation_id);
