-- The yearly activity plan (R12, R17, R22): drafted by the steering group, approved by the
-- head of operations of every agreement party; a change to an approved plan makes a new
-- revision, and earlier revisions stay readable as snapshots.
create table activity_plan (
    id                uuid                     not null primary key,
    plan_year         integer                  not null unique,
    status            varchar(20)              not null,
    revision          integer                  not null,
    created_by        uuid                     not null references staff (id),
    created_at        timestamp with time zone not null,
    submitted_at      timestamp with time zone,
    approved_at       timestamp with time zone,
    sent_back_unit_id uuid references unit (id),
    sent_back_by      uuid references staff (id),
    sent_back_reason  varchar(2000),
    sent_back_at      timestamp with time zone,
    version           integer                  not null
);

create table activity_plan_party (
    activity_plan_id uuid not null references activity_plan (id),
    unit_id          uuid not null references unit (id),
    primary key (activity_plan_id, unit_id)
);

create table activity_plan_approval (
    activity_plan_id uuid                     not null references activity_plan (id),
    unit_id          uuid                     not null references unit (id),
    approved_by      uuid                     not null references staff (id),
    approved_at      timestamp with time zone not null,
    primary key (activity_plan_id, unit_id)
);

create table activity_plan_revision (
    id               uuid                     not null primary key,
    activity_plan_id uuid                     not null references activity_plan (id),
    revision         integer                  not null,
    archived_at      timestamp with time zone not null,
    snapshot         text                     not null,
    unique (activity_plan_id, revision)
);

create table activity (
    id                   uuid          not null primary key,
    activity_plan_id     uuid          not null references activity_plan (id),
    position             integer       not null,
    title                varchar(200)  not null,
    goal                 varchar(4000) not null,
    responsible_staff_id uuid          not null references staff (id),
    due_on               date          not null,
    version              integer       not null
);
create index activity_plan_idx on activity (activity_plan_id, position);

create table activity_matter (
    activity_id uuid not null references activity (id),
    matter_id   uuid not null,
    primary key (activity_id, matter_id)
);

create table activity_contribution (
    activity_id uuid          not null references activity (id),
    unit_id     uuid          not null references unit (id),
    resources   varchar(2000) not null,
    primary key (activity_id, unit_id)
);

-- A simple directive per prioritised activity (R13), linked to the decision that issued it.
create table directive (
    id              uuid                     not null primary key,
    activity_id     uuid                     not null references activity (id),
    background      varchar(4000)            not null,
    goal            varchar(4000)            not null,
    assignment      varchar(4000)            not null,
    scope           varchar(4000)            not null,
    deliverables    varchar(4000)            not null,
    timeframe       varchar(1000)            not null,
    resources       varchar(4000)            not null,
    report_to       varchar(1000)            not null,
    decision_id     uuid,
    decision_text   varchar(2000),
    issued_by       uuid                     not null references staff (id),
    issued_at       timestamp with time zone not null,
    version         integer                  not null
);
create index directive_activity_idx on directive (activity_id);
