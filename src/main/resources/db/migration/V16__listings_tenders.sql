-- Listings (挂牌) and tenders (招标), domain/trading.md §Listing and §Tender: module org.opentechmarket.listing
create sequence listings_seq start 1 increment 50;
create sequence listing_intents_seq start 1 increment 50;
create sequence tenders_seq start 1 increment 50;
create sequence tender_offers_seq start 1 increment 50;
create sequence tender_offer_files_seq start 1 increment 50;

create table listings (
    id bigint primary key,
    achievement_id bigint not null,
    achievement_title varchar(300) not null,
    seller_organisation_id bigint not null,
    seller_name varchar(200) not null,
    created_by varchar(100) not null,
    method varchar(20) not null,
    licence_mode varchar(20),
    licence_term varchar(50),
    territory varchar(100),
    price numeric(16, 2) not null check (price > 0),
    deposit numeric(16, 2) not null check (deposit > 0),
    period_working_days integer not null,
    published_at timestamptz not null,
    last_day date not null,
    ends_at timestamptz not null,
    qualifications text,
    buyer_region varchar(10),
    route varchar(20) not null,
    status varchar(20) not null,
    closed_at timestamptz,
    deal_id bigint,
    auction_id bigint,
    tender_id bigint,
    relist_of bigint references listings (id),
    relisted_as bigint references listings (id),
    version integer not null default 0
);
-- the close job's query: due listings in end order
create index listings_due_idx on listings (ends_at) where status = 'LISTED';
create index listings_seller_idx on listings (seller_organisation_id);
-- one running listing per achievement
create unique index listings_one_running_idx on listings (achievement_id) where status = 'LISTED';

create table listing_buyer_types (
    listing_id bigint not null references listings (id) on delete cascade,
    organisation_type varchar(30) not null,
    primary key (listing_id, organisation_type)
);

create table listing_intents (
    id bigint primary key,
    listing_id bigint not null references listings (id),
    buyer_organisation_id bigint not null,
    buyer_name varchar(200) not null,
    user_id bigint not null,
    username varchar(100) not null,
    deposit_id bigint not null unique,
    deposit_amount numeric(16, 2) not null,
    status varchar(20) not null,
    created_at timestamptz not null,
    qualified_at timestamptz,
    closed_at timestamptz,
    version integer not null default 0,
    unique (listing_id, buyer_organisation_id)
);
create index listing_intents_buyer_idx on listing_intents (buyer_organisation_id);

create table tenders (
    id bigint primary key,
    kind varchar(10) not null,
    owner_organisation_id bigint not null,
    owner_name varchar(200) not null,
    created_by varchar(100) not null,
    title varchar(300) not null,
    description text not null,
    achievement_id bigint,
    achievement_title varchar(300),
    method varchar(20),
    licence_mode varchar(20),
    licence_term varchar(50),
    territory varchar(100),
    price_limit numeric(16, 2),
    price_weight numeric(5, 2) not null check (price_weight between 0 and 100),
    pass_threshold numeric(5, 2) not null,
    deposit numeric(16, 2),
    deadline timestamptz not null,
    opening_at timestamptz not null check (opening_at >= deadline),
    listing_id bigint references listings (id),
    status varchar(20) not null,
    created_at timestamptz not null,
    -- the tender's data key, AES-GCM-wrapped by the master key (which is not in the database), and the master key's id
    wrapped_key bytea,
    key_id varchar(16),
    opened_at timestamptz,
    opened_by varchar(100),
    offer_count integer,
    valid_offer_count integer,
    evaluation_started_at timestamptz,
    ranked_at timestamptz,
    awarded_offer_id bigint,
    awarded_organisation_id bigint,
    awarded_name varchar(200),
    awarded_price numeric(16, 2),
    awarded_score numeric(7, 2),
    reasons text,
    closed_at timestamptz,
    closed_by varchar(100),
    deal_id bigint,
    version integer not null default 0
);
create index tenders_owner_idx on tenders (owner_organisation_id);

create table tender_criteria (
    tender_id bigint not null references tenders (id) on delete cascade,
    position integer not null,
    name varchar(60) not null,
    weight numeric(8, 2) not null,
    primary key (tender_id, position)
);

create table tender_invitees (
    tender_id bigint not null references tenders (id) on delete cascade,
    organisation_id bigint not null,
    deposit_id bigint,
    primary key (tender_id, organisation_id)
);

-- Until the opening the content of an offer exists here only as `sealed` (AES-256-GCM under the tender's data key); the
-- opening writes the price (needed to rank); the proposal stays sealed at rest.
create table tender_offers (
    id bigint primary key,
    tender_id bigint not null references tenders (id),
    bidder_organisation_id bigint not null,
    bidder_name varchar(200) not null,
    user_id bigint not null,
    submitted_by varchar(100) not null,
    revision integer not null,
    sealed bytea not null,
    receipt varchar(64) not null,
    submitted_at timestamptz not null,
    deposit_id bigint,
    status varchar(20) not null,
    reject_reason varchar(100),
    price numeric(16, 2),
    achievement_id bigint,
    review_id bigint,
    technical_score numeric(7, 2),
    technical_passed boolean,
    price_score numeric(7, 2),
    total_score numeric(7, 2),
    rank integer,
    version integer not null default 0,
    unique (tender_id, bidder_organisation_id)
);
create index tender_offers_bidder_idx on tender_offers (bidder_organisation_id);

create table tender_offer_files (
    id bigint primary key,
    offer_id bigint not null references tender_offers (id),
    tender_id bigint not null references tenders (id),
    bidder_organisation_id bigint not null,
    seal_id varchar(36) not null,
    sealed_name bytea not null,
    sealed bytea not null,
    receipt varchar(64) not null,
    created_at timestamptz not null
);
create index tender_offer_files_offer_idx on tender_offer_files (offer_id);
