-- Resource agreements (R15): anything that commits resources counts once the head of
-- operations of each unit involved has approved it.
create table resource_agreement (
    id           uuid                     not null primary key,
    title        varchar(200)             not null,
    description  varchar(4000)            not null,
    status       varchar(20)              not null,
    proposed_by  uuid                     not null references staff (id),
    proposed_at  timestamp with time zone not null,
    approved_at  timestamp with time zone,
    version      integer                  not null
);

create table resource_agreement_party (
    resource_agreement_id uuid not null references resource_agreement (id),
    unit_id               uuid not null references unit (id),
    primary key (resource_agreement_id, unit_id)
);

create table resource_agreement_approval (
    resource_agreement_id uuid                     not null references resource_agreement (id),
    unit_id               uuid                     not null references unit (id),
    approved_by           uuid                     not null references staff (id),
    approved_at           timestamp with time zone not null,
    primary key (resource_agreement_id, unit_id)
);
