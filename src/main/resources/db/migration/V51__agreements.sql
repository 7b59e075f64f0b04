-- The agreement itself (R23, R24): its parties and three-year validity, the 2013 agreement
-- it replaced, the steering group's follow-ups and proposed changes for the next period.
create table agreement (
    id          uuid          not null primary key,
    title       varchar(300)  not null,
    summary     varchar(4000) not null,
    valid_from  date          not null,
    valid_to    date          not null,
    replaces_id uuid references agreement (id),
    version     integer       not null
);

create table agreement_party (
    agreement_id uuid not null references agreement (id),
    unit_id      uuid not null references unit (id),
    primary key (agreement_id, unit_id)
);

create table agreement_note (
    note_id      uuid                     not null primary key,
    agreement_id uuid                     not null references agreement (id),
    kind         varchar(20)              not null,
    text         varchar(4000)            not null,
    written_by   uuid                     not null references staff (id),
    written_at   timestamp with time zone not null
);
create index agreement_note_idx on agreement_note (agreement_id, written_at);

-- Reminders already sent, so that each goes out once across instances and restarts.
create table yearly_reminder (
    reminder_key varchar(200)             not null primary key,
    sent_at      timestamp with time zone not null
);
