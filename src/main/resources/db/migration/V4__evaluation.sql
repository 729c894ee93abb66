-- Expert evaluation: the expert pool (profiles, employment, declared conflicts, integrity record, status history) and
-- reviews with their criteria, readers, panel assignments, scores and recorded draws.

create sequence expert_profiles_seq start 1 increment 50;
create table expert_profiles (
    id                bigint primary key,
    user_id           bigint       not null unique references users(id) on delete cascade,
    real_name         varchar(60)  not null,
    title             varchar(60),
    status            varchar(12)  not null,
    available         boolean      not null default true,
    unavailable_until date,
    availability_note varchar(300),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           integer      not null default 0
);

create table expert_disciplines (
    profile_id bigint      not null references expert_profiles(id) on delete cascade,
    position   integer     not null,
    code       varchar(10) not null,
    primary key (profile_id, position)
);
create table expert_industries (
    profile_id bigint      not null references expert_profiles(id) on delete cascade,
    position   integer     not null,
    code       varchar(10) not null,
    primary key (profile_id, position)
);
create table expert_regions (
    profile_id bigint      not null references expert_profiles(id) on delete cascade,
    position   integer     not null,
    code       varchar(6)  not null,
    primary key (profile_id, position)
);
create table expert_employments (
    profile_id        bigint       not null references expert_profiles(id) on delete cascade,
    position          integer      not null,
    organisation_id   bigint,
    organisation_name varchar(200) not null,
    from_date         date,
    to_date           date,
    primary key (profile_id, position)
);
create table expert_conflicts (
    profile_id        bigint       not null references expert_profiles(id) on delete cascade,
    position          integer      not null,
    organisation_name varchar(200),
    person_name       varchar(60),
    reason            varchar(300),
    primary key (profile_id, position)
);
create table expert_integrity (
    profile_id  bigint      not null references expert_profiles(id) on delete cascade,
    position    integer     not null,
    type        varchar(20) not null,
    on_date     date        not null,
    review_id   bigint,
    description text,
    recorded_by varchar(60),
    primary key (profile_id, position)
);
create table expert_status_history (
    profile_id  bigint       not null references expert_profiles(id) on delete cascade,
    position    integer      not null,
    from_status varchar(12)  not null,
    to_status   varchar(12)  not null,
    actor       varchar(60)  not null,
    at          timestamptz  not null,
    reason      varchar(500) not null,
    primary key (profile_id, position)
);

create sequence reviews_seq start 1 increment 50;
create table reviews (
    id             bigint primary key,
    subject_type   varchar(30)   not null,
    subject_id     bigint        not null,
    subject_title  varchar(300)  not null,
    subject_link   varchar(300),
    panel_size     integer       not null check (panel_size > 0),
    deadline       timestamptz   not null,
    anonymous      boolean       not null,
    visibility     varchar(10)   not null,
    pass_threshold numeric(5, 2) not null,
    status         varchar(12)   not null,
    outcome        varchar(10),
    reasons        text,
    score          numeric(5, 2),
    created_by     varchar(60)   not null,
    created_at     timestamptz   not null,
    closed_at      timestamptz,
    published_at   timestamptz,
    published_by   varchar(60),
    version        integer       not null default 0
);
create index reviews_subject on reviews(subject_type, subject_id);
create index reviews_board on reviews(status, visibility, published_at desc);

create table review_criteria (
    review_id bigint        not null references reviews(id) on delete cascade,
    position  integer       not null,
    name      varchar(60)   not null,
    weight    numeric(7, 2) not null check (weight > 0),
    primary key (review_id, position)
);
create table review_readers (
    review_id       bigint not null references reviews(id) on delete cascade,
    organisation_id bigint not null,
    primary key (review_id, organisation_id)
);

create sequence review_assignments_seq start 1 increment 50;
create table review_assignments (
    id                    bigint primary key,
    review_id             bigint       not null references reviews(id) on delete cascade,
    expert_user_id        bigint       not null references users(id),
    username              varchar(40)  not null,
    expert_name           varchar(100) not null,
    expert_title          varchar(60),
    organisation_name     varchar(200),
    draw_round            integer      not null,
    tier                  integer      not null,
    status                varchar(12)  not null,
    invited_at            timestamptz  not null,
    response_due          timestamptz  not null,
    responded_at          timestamptz,
    decline_reason        varchar(20),
    decline_note          varchar(1000),
    no_conflict_confirmed boolean      not null default false,
    submitted_at          timestamptz,
    recommendation        varchar(30),
    comments              text,
    weighted_score        numeric(5, 2),
    reminded_at           timestamptz,
    late                  boolean      not null default false,
    version               integer      not null default 0,
    unique (review_id, expert_user_id)
);
create index review_assignments_expert on review_assignments(expert_user_id, invited_at);
create index review_assignments_status on review_assignments(status, response_due);

create table review_scores (
    assignment_id bigint      not null references review_assignments(id) on delete cascade,
    criterion     varchar(60) not null,
    score         integer     not null check (score between 0 and 100),
    primary key (assignment_id, criterion)
);

create sequence review_draws_seq start 1 increment 50;
create table review_draws (
    id        bigint primary key,
    review_id bigint       not null references reviews(id) on delete cascade,
    round     integer      not null,
    seed      bigint       not null check (seed > -9007199254740992 and seed < 9007199254740992),
    needed    integer      not null,
    drawn_at  timestamptz  not null,
    reason    varchar(100),
    unique (review_id, round)
);
create table review_draw_candidates (
    draw_id            bigint        not null references review_draws(id) on delete cascade,
    position           integer       not null,
    expert_user_id     bigint        not null,
    username           varchar(40)   not null,
    weight             numeric(12, 6) not null,
    tier               integer       not null,
    recent_invitations integer       not null,
    primary key (draw_id, position)
);
create table review_draw_exclusions (
    draw_id        bigint       not null references review_draws(id) on delete cascade,
    position       integer      not null,
    expert_user_id bigint       not null,
    username       varchar(40)  not null,
    rule           varchar(30)  not null,
    detail         varchar(500),
    primary key (draw_id, position)
);
create table review_draw_picks (
    draw_id        bigint  not null references review_draws(id) on delete cascade,
    position       integer not null,
    expert_user_id bigint  not null,
    primary key (draw_id, position)
);
