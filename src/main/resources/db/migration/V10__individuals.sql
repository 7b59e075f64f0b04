-- Collaboration around individuals (R1-R5, L1-L4, L8): persons, which units are involved with
-- them, consents, interventions, contacts, and the access log of every read (L3).
create table person (
    id                       uuid                     not null primary key,
    personal_identity_number varchar(13)              not null,
    birth_date               date                     not null,
    first_name               varchar(100)             not null,
    last_name                varchar(100)             not null,
    home_municipality_id     uuid                     not null references principal (id),
    protected_identity       boolean                  not null default false,
    registered_by_unit_id    uuid                     not null references unit (id),
    registered_at            timestamp with time zone not null,
    sip_reference            varchar(200),
    version                  integer                  not null,
    constraint person_personal_identity_number_uk unique (personal_identity_number)
);
create index person_birth_date_idx on person (birth_date);

create table person_involvement (
    person_id uuid        not null references person (id),
    unit_id   uuid        not null references unit (id),
    reason    varchar(40) not null,
    since     timestamp with time zone not null,
    primary key (person_id, unit_id)
);
create index person_involvement_unit_idx on person_involvement (unit_id, person_id);

create table consent (
    id                uuid                     not null primary key,
    person_id         uuid                     not null references person (id),
    given_on          date                     not null,
    form              varchar(20)              not null,
    given_by          varchar(20)              not null,
    child_view        varchar(2000),
    valid_until       date,
    majority_on       date,
    note              varchar(2000),
    recorded_by       uuid                     not null references staff (id),
    recorded_at       timestamp with time zone not null,
    revoked_at        timestamp with time zone,
    revoked_by        uuid references staff (id),
    revocation_reason varchar(2000),
    version           integer                  not null
);
create index consent_person_idx on consent (person_id, given_on desc);

create table consent_principal (
    consent_id   uuid not null references consent (id),
    principal_id uuid not null references principal (id),
    primary key (consent_id, principal_id)
);

create table intervention (
    id                   uuid         not null primary key,
    person_id            uuid         not null references person (id),
    unit_id              uuid         not null references unit (id),
    title                varchar(200) not null,
    responsible_staff_id uuid references staff (id),
    started_on           date         not null,
    ended_on             date,
    version              integer      not null
);
create index intervention_person_idx on intervention (person_id, started_on desc);
create index intervention_unit_idx on intervention (unit_id, ended_on);

create table contact (
    id          uuid                     not null primary key,
    person_id   uuid                     not null references person (id),
    unit_id     uuid                     not null references unit (id),
    recorded_by uuid                     not null references staff (id),
    occurred_at timestamp with time zone not null,
    channel     varchar(30)              not null,
    purpose     varchar(30)              not null,
    summary     varchar(8000)            not null,
    recorded_at timestamp with time zone not null,
    version     integer                  not null
);
create index contact_person_idx on contact (person_id, occurred_at desc);

create table contact_participant (
    contact_id uuid not null references contact (id),
    staff_id   uuid not null references staff (id),
    primary key (contact_id, staff_id)
);

-- Who read what about whom (L3). No foreign keys: the log outlives accounts and units, and
-- names are copied so that an extract stays readable.
create table access_log (
    id        uuid                     not null primary key,
    at        timestamp with time zone not null,
    staff_id  uuid                     not null,
    username  varchar(100)             not null,
    unit_id   uuid                     not null,
    unit_name varchar(200)             not null,
    person_id uuid                     not null,
    action    varchar(40)              not null
);
create index access_log_person_idx on access_log (person_id, at desc);
create index access_log_at_idx on access_log (at);
