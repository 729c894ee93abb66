-- Financial institutions (finance module): valuation reports, loans, insurance, equity investments and their evidence.
-- Money numeric(16,2) in yuan; percentages numeric(7,4).

create sequence finance_valuations_seq start 1 increment 50;
create table finance_valuations (
    id                       bigint primary key,
    achievement_id           bigint        not null references achievements(id),
    achievement_title        varchar(200)  not null,
    holder_organisation_id   bigint        not null references organisations(id),
    valuer_name              varchar(200)  not null,
    valuer_organisation_id   bigint references organisations(id),
    method                   varchar(10)   not null,
    value                    numeric(16,2) not null check (value > 0),
    base_date                date          not null,
    valid_until              date          not null,
    file_key                 varchar(36)   not null,
    file_name                varchar(200)  not null,
    file_type                varchar(120)  not null,
    file_size                bigint        not null,
    file_sha256              varchar(64)   not null,
    recorded_by              varchar(60)   not null,
    recorded_at              timestamptz   not null
);
create index finance_valuations_achievement on finance_valuations(achievement_id, valid_until);
create index finance_valuations_holder on finance_valuations(holder_organisation_id);

create sequence finance_loans_seq start 1 increment 50;
create table finance_loans (
    id                       bigint primary key,
    kind                     varchar(12)   not null,
    lender_organisation_id   bigint        not null references organisations(id),
    lender_name              varchar(200)  not null,
    borrower_organisation_id bigint        not null references organisations(id),
    borrower_name            varchar(200)  not null,
    borrower_region          varchar(6),
    achievement_id           bigint references achievements(id),
    pledged_patents          varchar(1000),
    amount                   numeric(16,2) not null check (amount > 0),
    term_months              integer       not null check (term_months > 0),
    annual_rate              numeric(7,4)  not null check (annual_rate >= 0),
    start_date               date,
    status                   varchar(12)   not null,
    applied_on               date          not null,
    approved_on              date,
    disbursed_on             date,
    closed_on                date,
    note                     varchar(1000),
    created_by               varchar(60)   not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    lock_version             integer       not null default 0
);
create index finance_loans_lender on finance_loans(lender_organisation_id, id desc);
create index finance_loans_borrower on finance_loans(borrower_organisation_id, id desc);

create sequence finance_insurance_products_seq start 1 increment 50;
create table finance_insurance_products (
    id                       bigint primary key,
    insurer_organisation_id  bigint        not null references organisations(id),
    insurer_name             varchar(200)  not null,
    kind                     varchar(20)   not null,
    name                     varchar(200)  not null,
    description              varchar(2000),
    created_by               varchar(60)   not null,
    created_at               timestamptz   not null
);
create unique index finance_insurance_products_name on finance_insurance_products(insurer_organisation_id, lower(name));

create sequence finance_insurance_policies_seq start 1 increment 50;
create table finance_insurance_policies (
    id                       bigint primary key,
    product_id               bigint        not null references finance_insurance_products(id),
    insurer_organisation_id  bigint        not null references organisations(id),
    insured_organisation_id  bigint        not null references organisations(id),
    insured_name             varchar(200)  not null,
    insured_region           varchar(6),
    achievement_id           bigint references achievements(id),
    sum_insured              numeric(16,2) not null check (sum_insured > 0),
    premium                  numeric(16,2) not null check (premium >= 0),
    period_start             date          not null,
    period_end               date          not null check (period_end >= period_start),
    status                   varchar(12)   not null,
    status_changed_on        date,
    created_by               varchar(60)   not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    lock_version             integer       not null default 0
);
create index finance_insurance_policies_insurer on finance_insurance_policies(insurer_organisation_id, id desc);
create index finance_insurance_policies_insured on finance_insurance_policies(insured_organisation_id, id desc);

create sequence finance_investments_seq start 1 increment 50;
create table finance_investments (
    id                       bigint primary key,
    investor_organisation_id bigint        not null references organisations(id),
    investor_name            varchar(200)  not null,
    investee_organisation_id bigint        not null references organisations(id),
    investee_name            varchar(200)  not null,
    investee_region          varchar(6),
    achievement_id           bigint references achievements(id),
    amount                   numeric(16,2) not null check (amount > 0),
    share_percent            numeric(7,4)  not null check (share_percent > 0 and share_percent <= 100),
    invested_on              date          not null,
    note                     varchar(1000),
    created_by               varchar(60)   not null,
    created_at               timestamptz   not null
);
create index finance_investments_investor on finance_investments(investor_organisation_id, id desc);
create index finance_investments_investee on finance_investments(investee_organisation_id, id desc);

create sequence finance_evidence_seq start 1 increment 50;
create table finance_evidence (
    id                       bigint primary key,
    record_type              varchar(12)   not null,
    record_id                bigint        not null,
    file_key                 varchar(36)   not null,
    file_name                varchar(200)  not null,
    file_type                varchar(120)  not null,
    file_size                bigint        not null,
    file_sha256              varchar(64)   not null,
    uploaded_by              varchar(60)   not null,
    uploaded_at              timestamptz   not null
);
create index finance_evidence_record on finance_evidence(record_type, record_id);
