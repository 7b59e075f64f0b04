-- Meetings of the steering group, the MAS/MAR group and working groups (R16, R20): agenda,
-- backlog, attendance, outcomes, decisions, action items, minutes' approval, and each
-- user's calendar feed token.
create table meeting_group (
    id      uuid         not null primary key,
    kind    varchar(20)  not null,
    name    varchar(200) not null,
    version integer      not null
);
create table meeting_group_member (
    group_id uuid not null references meeting_group (id),
    staff_id uuid not null references staff (id),
    primary key (group_id, staff_id)
);
insert into meeting_group (id, kind, name, version)
values ('00000000-0000-0000-0000-00000000c001', 'STEERING_GROUP', 'Styrgruppen', 0),
       ('00000000-0000-0000-0000-00000000c002', 'MAS_MAR', 'MAS/MAR-gruppen', 0);

create table meeting (
    id             uuid                     not null primary key,
    group_id       uuid                     not null references meeting_group (id),
    title          varchar(200)             not null,
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    location       varchar(200),
    video_link     varchar(500),
    status         varchar(20)              not null,
    minutes_status varchar(20)              not null,
    sequence       integer                  not null,
    created_by     uuid,
    version        integer                  not null
);
create index meeting_starts_idx on meeting (starts_at, id);
create index meeting_group_idx on meeting (group_id, starts_at);

create table agenda_item (
    id               uuid          not null primary key,
    meeting_id       uuid          not null references meeting (id),
    position         integer       not null,
    title            varchar(200)  not null,
    matter_id        uuid,
    proposed_by      uuid,
    standing         boolean       not null default false,
    notes            varchar(8000) not null default '',
    outcome          varchar(20),
    unfinished       boolean       not null default false,
    carried_from_id  uuid
);
create index agenda_item_meeting_idx on agenda_item (meeting_id, position);
create index agenda_item_matter_idx on agenda_item (matter_id);

create table agenda_backlog_item (
    id                      uuid                     not null primary key,
    group_id                uuid                     not null references meeting_group (id),
    title                   varchar(200)             not null,
    matter_id               uuid,
    proposed_by             uuid,
    proposed_at             timestamp with time zone not null,
    carried_from_meeting_id uuid
);
create index agenda_backlog_group_idx on agenda_backlog_item (group_id, proposed_at);

create table meeting_attendee (
    meeting_id uuid not null references meeting (id),
    staff_id   uuid not null references staff (id),
    primary key (meeting_id, staff_id)
);

create table minutes_approval (
    meeting_id  uuid                     not null references meeting (id),
    staff_id    uuid                     not null references staff (id),
    approved_at timestamp with time zone not null,
    primary key (meeting_id, staff_id)
);

create table meeting_decision (
    id             uuid          not null primary key,
    meeting_id     uuid          not null references meeting (id),
    agenda_item_id uuid          not null,
    position       integer       not null,
    text           varchar(4000) not null,
    review_on      date
);
create index meeting_decision_meeting_idx on meeting_decision (meeting_id, position);
create index meeting_decision_review_idx on meeting_decision (review_on);

create table meeting_action_item (
    id                   uuid          not null primary key,
    meeting_id           uuid          not null references meeting (id),
    agenda_item_id       uuid,
    position             integer       not null,
    title                varchar(500)  not null,
    responsible_staff_id uuid          not null references staff (id),
    due_on               date          not null,
    done                 boolean       not null default false
);
create index meeting_action_item_meeting_idx on meeting_action_item (meeting_id, position);
create index meeting_action_item_responsible_idx on meeting_action_item (responsible_staff_id, due_on);

create table calendar_feed (
    staff_id   uuid                     not null primary key references staff (id),
    token      varchar(64)              not null,
    created_at timestamp with time zone not null,
    constraint calendar_feed_token_uk unique (token)
);

create table meeting_schedule_warning (
    schedule_year integer                  not null primary key,
    warned_at timestamp with time zone not null
);
