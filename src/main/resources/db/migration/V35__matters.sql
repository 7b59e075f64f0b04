-- Matters reported to the conveners (R9, R11, R14, R16, L5, L10): the matter, and its trail of
-- steps (reported, status changes with who, when and why, internal notes, the meeting where it was
-- raised, decisions, activities and results).
create table matter (
    id                  uuid                     not null primary key,
    title               varchar(200)             not null,
    description         varchar(4000)            not null,
    category            varchar(20)              not null,
    source              varchar(30)              not null,
    status              varchar(20)              not null,
    reported_by         uuid,
    reported_by_unit_id uuid,
    organisation_name   varchar(200),
    contact_email       varchar(254),
    answer              varchar(4000),
    reported_at         timestamp with time zone not null,
    changed_at          timestamp with time zone not null,
    version             integer                  not null
);
create index matter_status_idx on matter (status, reported_at desc);
create index matter_reported_by_idx on matter (reported_by, reported_at desc);
create index matter_reported_at_idx on matter (reported_at);

create table matter_step (
    matter_id       uuid                     not null references matter (id),
    position        integer                  not null,
    kind            varchar(30)              not null,
    from_status     varchar(20),
    to_status       varchar(20),
    text            varchar(4000),
    reference_id    uuid,
    reference_title varchar(300),
    reference_date  date,
    actor           varchar(100)             not null,
    actor_staff_id  uuid,
    at              timestamp with time zone not null,
    primary key (matter_id, position)
);
