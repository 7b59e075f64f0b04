-- Working groups (R13, R17, R18): formed for an activity and its directive, led by a
-- steering-group member; members work under a written mandate approved by their nearest
-- manager; an implementation plan of milestones; progress, final and annual reports.
create table working_group (
    id            uuid                     not null primary key,
    activity_id   uuid                     not null references activity (id),
    directive_id  uuid                     not null references directive (id),
    lead_staff_id uuid                     not null references staff (id),
    name          varchar(200)             not null,
    formed_by     uuid                     not null references staff (id),
    formed_at     timestamp with time zone not null,
    completed_at  timestamp with time zone,
    version       integer                  not null
);
create index working_group_activity_idx on working_group (activity_id);

create table working_group_member (
    working_group_id    uuid                     not null references working_group (id),
    staff_id            uuid                     not null references staff (id),
    mandate             varchar(4000)            not null,
    added_at            timestamp with time zone not null,
    mandate_approved_by uuid references staff (id),
    mandate_approved_at timestamp with time zone,
    primary key (working_group_id, staff_id)
);

create table working_group_milestone (
    working_group_id uuid         not null references working_group (id),
    position         integer      not null,
    title            varchar(300) not null,
    due_on           date         not null,
    done_on          date,
    primary key (working_group_id, position)
);

create table working_group_report (
    report_id        uuid                     not null primary key,
    working_group_id uuid                     not null references working_group (id),
    kind             varchar(20)              not null,
    text             varchar(8000)            not null,
    posted_by        uuid                     not null references staff (id),
    posted_at        timestamp with time zone not null
);
create index working_group_report_idx on working_group_report (working_group_id, posted_at);
