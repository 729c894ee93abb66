-- Live English auctions (domain/trading.md §Auction): module org.opentechmarket.auction. Written with plain JDBC (the bid
-- path is one short transaction per batch of bids), so the sequences step by one.
create sequence auctions_seq start 1 increment 1;
create sequence auction_registrations_seq start 1 increment 1;

create table auctions (
    id bigint primary key,
    achievement_id bigint not null,
    achievement_title varchar(300) not null,
    seller_organisation_id bigint not null,
    seller_name varchar(200) not null,
    trade_method varchar(20) not null,
    licence_mode varchar(20),
    licence_term varchar(100),
    territory varchar(200),
    start_price numeric(16, 2) not null check (start_price > 0),
    increment numeric(16, 2) not null check (increment > 0),
    deposit numeric(16, 2) not null check (deposit >= 0),
    -- 拍卖法 第二十八条: the reserve stays secret; only whether there is one is public
    reserve numeric(16, 2),
    -- only the qualified buyers of a listing may bid (Auctions.announceAmong)
    restricted boolean not null,
    relist_of bigint unique references auctions (id),
    -- the rules of this auction, fixed at its announcement
    extension_window_ms bigint not null,
    extension_ms bigint not null,
    commission_buyer_rate numeric(6, 4) not null,
    commission_seller_rate numeric(6, 4) not null,
    announced_at timestamptz not null,
    starts_at timestamptz not null,
    scheduled_ends_at timestamptz not null,
    -- THE effective end: every reader (page, API, closing job, bid check) reads this one column
    ends_at timestamptz not null,
    status varchar(20) not null,
    current_price numeric(16, 2),
    leader_registration_id bigint,
    bid_count integer not null default 0,
    last_bid_at timestamptz,
    last_hash varchar(64) not null,
    extensions integer not null default 0,
    closed_at timestamptz,
    hammer_price numeric(16, 2),
    winner_registration_id bigint,
    commission_buyer numeric(16, 2),
    commission_seller numeric(16, 2),
    deal_id bigint,
    signing_due_at timestamptz,
    -- when the signing deadline was settled: the deal was signed in time, or the deposit forfeited
    signing_settled_at timestamptz,
    forfeited boolean not null default false,
    relist_until timestamptz,
    created_by varchar(100) not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index auctions_due_idx on auctions (ends_at) where status in ('ANNOUNCED', 'OPEN');
create index auctions_opening_idx on auctions (starts_at) where status = 'ANNOUNCED';
create index auctions_signing_idx on auctions (signing_due_at) where status = 'SOLD' and signing_settled_at is null;
create index auctions_achievement_idx on auctions (achievement_id);
create index auctions_seller_idx on auctions (seller_organisation_id);
-- one running auction per achievement
create unique index auctions_live_achievement_idx on auctions (achievement_id) where status in ('ANNOUNCED', 'OPEN');

create table auction_registrations (
    id bigint primary key,
    auction_id bigint not null references auctions (id),
    organisation_id bigint not null,
    organisation_name varchar(200) not null,
    user_id bigint not null,
    username varchar(100) not null,
    -- the anonymous number the bidder is shown by (竞买代码, 网络司法拍卖规定 第十八条), e.g. A17
    bidder_number varchar(10) not null,
    deposit_id bigint not null,
    deposit_amount numeric(16, 2) not null,
    deposit_confirmed_at timestamptz,
    -- admitted as a listing's qualified buyer (Auctions.announceAmong) rather than by registering
    qualified boolean not null,
    rules_accepted_at timestamptz not null,
    -- what happened to the deposit at the close: RELEASED, APPLIED or FORFEITED
    deposit_outcome varchar(20),
    created_at timestamptz not null,
    unique (auction_id, organisation_id),
    unique (auction_id, bidder_number)
);
create index auction_registrations_org_idx on auction_registrations (organisation_id);
create index auction_registrations_deposit_idx on auction_registrations (deposit_id);

-- The bid log: append-only, one hash chain per auction (docs/architecture.md §Auctions gives the canonical form)
create table auction_bids (
    auction_id bigint not null references auctions (id),
    sequence integer not null check (sequence > 0),
    registration_id bigint not null references auction_registrations (id),
    bidder_number varchar(10) not null,
    amount numeric(16, 2) not null,
    placed_at timestamptz not null,
    ends_at_after timestamptz not null,
    placed_by varchar(100) not null,
    previous_hash varchar(64) not null,
    hash varchar(64) not null,
    primary key (auction_id, sequence)
);
