-- Collegial observation (auskultation, R21): a staff member asks to observe another party's unit,
-- their nearest manager approves, the host unit's manager accepts and schedules, the visitor
-- reflects afterwards.
create table observation (
    id                uuid                     not null primary key,
    requester_id      uuid                     not null references staff (id),
    requester_unit_id uuid                     not null references unit (id),
    host_unit_id      uuid                     not null references unit (id),
    purpose           varchar(2000)            not null,
    wished_from       date                     not null,
    wished_to         date                     not null,
    status            varchar(20)              not null,
    requested_at      timestamp with time zone not null,
    approved_by       uuid references staff (id),
    approved_at       timestamp with time zone,
    accepted_by       uuid references staff (id),
    accepted_at       timestamp with time zone,
    scheduled_on      date,
    reflection        varchar(4000),
    completed_at      timestamp with time zone,
    version           integer                  not null
);
create index observation_requester_idx on observation (requester_id, requested_at desc);
create index observation_host_idx on observation (host_unit_id, requested_at desc);
