-- Technology contract registration (技术合同认定登记): module org.opentechmarket.contract, domain/contracts.md.
create sequence contracts_seq start 1 increment 50;
create table contracts (
    id                        bigint primary key,
    registrant_organisation_id bigint,        -- null: imported, seller not on the platform
    registrant_region_code    varchar(6),
    point_organisation_id     bigint        not null,
    submitted_by              bigint,        -- null: imported
    deal_reference            varchar(60),
    project_name              varchar(200)  not null,
    type                      varchar(20)   not null,
    sub_type                  varchar(40)   not null,
    licence_mode              varchar(20),
    signed_on                 date          not null,
    valid_from                date          not null,
    valid_until               date          not null,
    technical_field           varchar(40)   not null,
    ip_type                   varchar(40)   not null,
    plan_source               varchar(20)   not null,
    contract_amount           numeric(16,2) not null,
    payment_mode              varchar(30)   not null,
    expected_investment       numeric(16,2),
    expected_output           numeric(16,2),
    technology_import         boolean       not null,
    buyer_name                varchar(200)  not null,
    buyer_country             varchar(2)    not null,
    buyer_region              varchar(6),
    buyer_nature              varchar(3)    not null,
    buyer_organisation_id     bigint,
    seller_name               varchar(200)  not null,
    seller_country            varchar(2)    not null,
    seller_region             varchar(6),
    seller_nature             varchar(3)    not null,
    seller_organisation_id    bigint,
    technical_amount          numeric(16,2) not null,
    document_key              varchar(36),
    document_name             varchar(200),
    document_size             bigint,
    document_sha256           varchar(64),
    status                    varchar(20)   not null,
    submitted_at              timestamptz   not null,
    accepted_on               date,
    decision_due              date,
    return_count              integer       not null default 0,
    return_reasons            varchar(2000),
    disputed                  boolean       not null default false,
    dispute_note              varchar(1000),
    review_id                 bigint,
    opinion_outcome           varchar(10),
    not_registrable_reason    varchar(40),
    decision_note             varchar(2000),
    registration_number       varchar(16),
    registered_on             date,
    decided_by                varchar(60),
    decided_at                timestamptz,
    amendment_note            varchar(1000),
    version                   integer       not null default 0
);
-- one number, one contract: the second line of defence behind the atomic counter
create unique index contracts_registration_number on contracts(registration_number);
create index contracts_point_status on contracts(point_organisation_id, status);
create index contracts_registrant on contracts(registrant_organisation_id);

create table contract_costs (
    contract_id  bigint        not null references contracts(id) on delete cascade,
    position     integer       not null,
    kind         varchar(30)   not null,
    description  varchar(200)  not null,
    quantity     integer       not null,
    amount       numeric(16,2) not null,
    primary key (contract_id, position)
);

-- 登记号 counters: one row per prefix (year + region + point), incremented by an atomic upsert
create table contract_number_sequences (
    prefix      varchar(12) primary key,
    last_value  integer     not null
);
