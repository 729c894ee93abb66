-- Challenges (揭榜挂帅 / 研发众包 / 难题招标, domain/demands.md §Challenges): module org.opentechmarket.challenge
create sequence challenges_seq start 1 increment 50;
create sequence challenge_applications_seq start 1 increment 50;
create sequence challenge_milestones_seq start 1 increment 50;
create sequence challenge_reports_seq start 1 increment 50;
create sequence challenge_files_seq start 1 increment 50;

create table challenges (
    id bigint primary key,
    poster_organisation_id bigint not null,
    poster_name varchar(200) not null,
    poster_type varchar(30) not null,
    posted_by varchar(100) not null,
    need_id bigint,
    status varchar(20) not null,
    title varchar(200) not null,
    problem text,
    targets text,
    industry_code varchar(10),
    industry_section varchar(4),
    discipline_code varchar(10),
    region_code varchar(10),
    bounty_negotiable boolean not null,
    bounty_amount numeric(16, 2),
    eligible_region_code varchar(10),
    joint_teams_allowed boolean not null,
    eligibility_notes text,
    opens_on date,
    closes_on date,
    review_method varchar(20),
    anonymous_review boolean not null,
    winners_max integer,
    post_subsidy boolean not null,
    award_rules text,
    review_note text,
    award_reason text,
    award_followed_ranking boolean,
    awarded_by varchar(100),
    acceptance_report text,
    accepted_by varchar(100),
    cancel_reason text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    submitted_at timestamptz,
    posted_at timestamptz,
    applying_at timestamptz,
    reviewing_at timestamptz,
    awarded_at timestamptz,
    started_at timestamptz,
    closed_at timestamptz,
    lock_version integer not null default 0
);
create index challenges_poster_idx on challenges (poster_organisation_id);
create index challenges_status_window_idx on challenges (status, opens_on, closes_on);
create index challenges_need_idx on challenges (need_id);

create table challenge_eligible_types (
    challenge_id bigint not null references challenges (id) on delete cascade,
    organisation_type varchar(30) not null,
    primary key (challenge_id, organisation_type)
);

create table challenge_criteria (
    challenge_id bigint not null references challenges (id) on delete cascade,
    position integer not null,
    name varchar(60) not null,
    weight numeric(8, 2) not null,
    primary key (challenge_id, position)
);

create table challenge_applications (
    id bigint primary key,
    challenge_id bigint not null references challenges (id),
    applicant_organisation_id bigint not null,
    applicant_name varchar(200) not null,
    applicant_type varchar(30) not null,
    submitted_by varchar(100) not null,
    status varchar(20) not null,
    proposal text not null,
    plan text,
    review_id bigint,
    review_score numeric(6, 2),
    review_outcome varchar(10),
    reviewed_at timestamptz,
    award_rank integer,
    created_at timestamptz not null,
    submitted_at timestamptz not null,
    withdrawn_at timestamptz,
    updated_at timestamptz not null,
    lock_version integer not null default 0,
    -- one application per organisation and challenge (a withdrawn one is resubmitted, not duplicated)
    constraint challenge_applications_one_per_org unique (challenge_id, applicant_organisation_id)
);
create index challenge_applications_applicant_idx on challenge_applications (applicant_organisation_id);
create index challenge_applications_review_idx on challenge_applications (review_id);

create table challenge_team_members (
    application_id bigint not null references challenge_applications (id) on delete cascade,
    position integer not null,
    name varchar(100) not null,
    organisation_name varchar(200) not null,
    organisation_id bigint,
    role varchar(60),
    primary key (application_id, position)
);

create table challenge_milestones (
    id bigint primary key,
    challenge_id bigint not null references challenges (id),
    application_id bigint not null references challenge_applications (id),
    title varchar(200) not null,
    due_on date not null,
    deliverable text not null,
    status varchar(20) not null,
    created_by varchar(100) not null,
    created_at timestamptz not null,
    confirmed_by varchar(100),
    confirmed_at timestamptz,
    confirm_note text,
    lock_version integer not null default 0
);
create index challenge_milestones_challenge_idx on challenge_milestones (challenge_id);

create table challenge_reports (
    id bigint primary key,
    challenge_id bigint not null references challenges (id),
    application_id bigint not null references challenge_applications (id),
    milestone_id bigint references challenge_milestones (id),
    summary text not null,
    submitted_by varchar(100) not null,
    submitted_at timestamptz not null
);
create index challenge_reports_challenge_idx on challenge_reports (challenge_id);

create table challenge_files (
    id bigint primary key,
    challenge_id bigint not null references challenges (id),
    application_id bigint references challenge_applications (id),
    report_id bigint references challenge_reports (id),
    kind varchar(20) not null,
    file_name varchar(255) not null,
    storage_key varchar(200) not null,
    content_type varchar(100),
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz not null
);
create index challenge_files_challenge_idx on challenge_files (challenge_id);
create index challenge_files_application_idx on challenge_files (application_id);
