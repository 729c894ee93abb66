-- Trading core (domain/trading.md): deposits, deals with payment plans, payments and documents, inquiry threads with formal
-- offers, negotiated agreements with their public notice and objections. Module org.opentechmarket.trading.
create sequence deposits_seq start 1 increment 50;
create sequence deals_seq start 1 increment 50;
create sequence deal_payments_seq start 1 increment 50;
create sequence deal_documents_seq start 1 increment 50;
create sequence inquiries_seq start 1 increment 50;
create sequence inquiry_messages_seq start 1 increment 50;
create sequence offers_seq start 1 increment 50;
create sequence agreements_seq start 1 increment 50;
create sequence agreement_objections_seq start 1 increment 50;

-- 保证金: one per subject (auction, listing, tender record) and payer organisation
create table deposits (
    id bigint primary key,
    subject_kind varchar(20) not null,
    subject_id bigint not null,
    payer_organisation_id bigint not null,
    amount numeric(16, 2) not null check (amount > 0),
    status varchar(20) not null,
    bank_reference varchar(100),
    confirmed_by varchar(100),
    confirmed_at timestamptz,
    applied_to_deal_id bigint,
    closed_reason text,
    closed_at timestamptz,
    created_at timestamptz not null,
    lock_version integer not null default 0,
    constraint deposits_subject_payer_key unique (subject_kind, subject_id, payer_organisation_id)
);
create index deposits_status_idx on deposits (status, created_at);
create index deposits_deal_idx on deposits (applied_to_deal_id);

-- 成交: one per origin (negotiation agreement, listing, auction, tender)
create table deals (
    id bigint primary key,
    origin varchar(20) not null,
    origin_id bigint not null,
    achievement_id bigint not null,
    achievement_title varchar(300) not null,
    seller_organisation_id bigint not null,
    seller_name varchar(200) not null,
    buyer_organisation_id bigint not null,
    buyer_name varchar(200) not null,
    method varchar(20) not null,
    licence_mode varchar(20),
    licence_term varchar(100),
    territory varchar(100),
    price numeric(16, 2) not null check (price > 0),
    status varchar(20) not null,
    -- payment plan (民法典 第八百四十六条): LUMP_SUM | INSTALMENTS | ROYALTY | ENTRY_FEE_ROYALTY
    plan_kind varchar(20),
    plan_due_date date,
    plan_entry_fee numeric(16, 2),
    plan_royalty_rate numeric(7, 4),
    plan_royalty_base varchar(200),
    plan_set_by varchar(100),
    plan_set_at timestamptz,
    signed_on date,
    signed_by varchar(100),
    signed_at timestamptz,
    completed_at timestamptz,
    completed_by varchar(100),
    terminated_at timestamptz,
    terminated_by varchar(100),
    termination_reason text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    lock_version integer not null default 0,
    constraint deals_origin_key unique (origin, origin_id)
);
create index deals_seller_idx on deals (seller_organisation_id);
create index deals_buyer_idx on deals (buyer_organisation_id);
create index deals_status_idx on deals (status, completed_at);

create table deal_instalments (
    deal_id bigint not null references deals (id) on delete cascade,
    position integer not null,
    amount numeric(16, 2) not null check (amount > 0),
    due_date date not null,
    primary key (deal_id, position)
);

-- brokers of the deal's attachments in force when it completed, with their organisation then (for the ranking)
create table deal_completion_brokers (
    deal_id bigint not null references deals (id) on delete cascade,
    broker_user_id bigint not null,
    organisation_id bigint not null,
    primary key (deal_id, broker_user_id)
);

create table deal_payments (
    id bigint primary key,
    deal_id bigint not null references deals (id),
    amount numeric(16, 2) not null check (amount > 0),
    paid_on date not null,
    bank_reference varchar(100) not null,
    bank_reference_key varchar(100) not null,
    status varchar(20) not null,
    evidence_file_name varchar(255) not null,
    evidence_storage_key varchar(200) not null,
    evidence_content_type varchar(100),
    evidence_size bigint not null,
    evidence_sha256 varchar(64) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null,
    decided_by varchar(100),
    decided_at timestamptz,
    rejection_reason text,
    lock_version integer not null default 0,
    -- a bank transfer is recorded once per deal, whatever its fate: a retried POST finds it instead of paying twice
    constraint deal_payments_reference_key unique (deal_id, bank_reference_key)
);
create index deal_payments_deal_idx on deal_payments (deal_id, recorded_at);

create table deal_documents (
    id bigint primary key,
    deal_id bigint not null references deals (id),
    kind varchar(20) not null,
    file_name varchar(255) not null,
    storage_key varchar(200) not null,
    content_type varchar(100),
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    uploaded_by varchar(100) not null,
    uploaded_by_organisation_id bigint not null,
    uploaded_at timestamptz not null
);
create index deal_documents_deal_idx on deal_documents (deal_id, uploaded_at);

-- 询价 / 议价
create table inquiries (
    id bigint primary key,
    achievement_id bigint not null,
    achievement_title varchar(300) not null,
    seller_organisation_id bigint not null,
    seller_name varchar(200) not null,
    buyer_organisation_id bigint not null,
    buyer_name varchar(200) not null,
    opened_by varchar(100) not null,
    after_auction_id bigint,
    status varchar(20) not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    closed_at timestamptz,
    lock_version integer not null default 0
);
create index inquiries_seller_idx on inquiries (seller_organisation_id, updated_at);
create index inquiries_buyer_idx on inquiries (buyer_organisation_id, updated_at);
-- one open thread per buyer and achievement
create unique index inquiries_open_key on inquiries (achievement_id, buyer_organisation_id) where status = 'OPEN';

create table offers (
    id bigint primary key,
    inquiry_id bigint not null references inquiries (id),
    side varchar(10) not null,
    made_by varchar(100) not null,
    made_at timestamptz not null,
    price numeric(16, 2) not null check (price > 0),
    method varchar(20) not null,
    licence_mode varchar(20),
    licence_term varchar(100),
    territory varchar(100),
    plan_kind varchar(20) not null,
    plan_due_date date,
    plan_entry_fee numeric(16, 2),
    plan_royalty_rate numeric(7, 4),
    plan_royalty_base varchar(200),
    terms_text text,
    valid_until date not null,
    status varchar(20) not null,
    counter_of bigint references offers (id),
    decided_by varchar(100),
    decided_at timestamptz,
    decision_reason text,
    lock_version integer not null default 0
);
create index offers_inquiry_idx on offers (inquiry_id, made_at);

create table offer_instalments (
    offer_id bigint not null references offers (id) on delete cascade,
    position integer not null,
    amount numeric(16, 2) not null check (amount > 0),
    due_date date not null,
    primary key (offer_id, position)
);

create table inquiry_messages (
    id bigint primary key,
    inquiry_id bigint not null references inquiries (id),
    side varchar(10) not null,
    author_user_id bigint not null,
    author_name varchar(200) not null,
    body text not null,
    offer_id bigint references offers (id),
    created_at timestamptz not null
);
create index inquiry_messages_inquiry_idx on inquiry_messages (inquiry_id, created_at);

-- 协议定价: an accepted offer; for a state-owned seller published (公示) before it becomes a deal
create table agreements (
    id bigint primary key,
    inquiry_id bigint not null references inquiries (id),
    offer_id bigint not null unique references offers (id),
    achievement_id bigint not null,
    achievement_title varchar(300) not null,
    achievement_summary text,
    seller_organisation_id bigint not null,
    seller_name varchar(200) not null,
    seller_state_owned boolean not null,
    buyer_organisation_id bigint not null,
    buyer_name varchar(200) not null,
    price numeric(16, 2) not null,
    method varchar(20) not null,
    licence_mode varchar(20),
    licence_term varchar(100),
    territory varchar(100),
    status varchar(20) not null,
    buyer_inventors text,
    related_party boolean not null default false,
    related_party_note text,
    notice_starts_at timestamptz,
    notice_ends_at timestamptz,
    deal_id bigint,
    agreed_at timestamptz not null,
    closed_at timestamptz,
    lock_version integer not null default 0
);
create index agreements_status_idx on agreements (status, notice_ends_at);

create table agreement_objections (
    id bigint primary key,
    agreement_id bigint not null references agreements (id),
    filed_by varchar(100) not null,
    filed_by_organisation_id bigint not null,
    reasons text not null,
    filed_at timestamptz not null,
    status varchar(20) not null,
    resolution text,
    resolved_by varchar(100),
    resolved_at timestamptz
);
create index agreement_objections_idx on agreement_objections (agreement_id, status);
create index agreement_objections_status_idx on agreement_objections (status, filed_at);
