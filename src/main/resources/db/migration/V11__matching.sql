-- Matching as users see it (供需对接, domain/demands.md §Matching): module org.opentechmarket.matching.
-- Feedback on shown matches, needs handed to a broker, and the strong matches of every open need (for the gap view and the
-- brokers' pairs). docs/architecture.md §Matching pages.
create sequence match_feedback_seq start 1 increment 50;
create sequence matching_broker_requests_seq start 1 increment 50;

-- One verdict per user and pair (changeable); subject = need:<id>, or query:<sha-256 of the text> for a query sent to the API.
create table match_feedback (
    id bigint primary key,
    subject varchar(80) not null,
    need_id bigint,
    query_title varchar(300),
    achievement_id bigint not null,
    user_id bigint not null,
    organisation_id bigint not null,
    verdict varchar(20) not null,
    score double precision,
    shown_rank integer,
    strong boolean,
    shown_on varchar(20) not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    lock_version integer not null default 0,
    constraint match_feedback_once unique (subject, achievement_id, user_id)
);
create index match_feedback_need_idx on match_feedback (need_id);

-- A need's owner asks for a broker; a broker takes the request (the broker module records the attachment).
create table matching_broker_requests (
    id bigint primary key,
    need_id bigint not null,
    owner_organisation_id bigint not null,
    requested_by_user_id bigint not null,
    requested_by varchar(100) not null,
    note varchar(1000),
    status varchar(20) not null,
    taken_by_user_id bigint,
    attachment_id bigint,
    decided_by varchar(100),
    created_at timestamptz not null,
    decided_at timestamptz,
    lock_version integer not null default 0
);
create unique index matching_broker_requests_open_idx on matching_broker_requests (need_id) where status = 'OPEN';
create index matching_broker_requests_status_idx on matching_broker_requests (status, created_at);

-- Per open need: whether its strong matches are computed (PENDING: to be (re)computed by the coverage job), how many
-- there are, and the codes the gap view groups by.
create table match_coverage (
    need_id bigint primary key,
    industry_section varchar(4),
    industry_code varchar(10),
    discipline_root varchar(10),
    discipline_code varchar(10),
    region_code varchar(10),
    state varchar(10) not null,
    strong_count integer not null default 0,
    best_score double precision,
    best_achievement_id bigint,
    pending_since timestamptz,
    computed_at timestamptz
);
create index match_coverage_pending_idx on match_coverage (need_id) where state = 'PENDING';

create table match_strong_pairs (
    need_id bigint not null,
    achievement_id bigint not null,
    score double precision not null,
    shown_rank integer not null,
    primary key (need_id, achievement_id)
);
create index match_strong_pairs_achievement_idx on match_strong_pairs (achievement_id);
create index match_strong_pairs_score_idx on match_strong_pairs (score desc);
