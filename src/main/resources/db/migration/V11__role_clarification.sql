-- Role clarifications (R5): where parallel interventions run without collaboration, the
-- parties tell the responsible professionals who gives which intervention; each recipient
-- acknowledges it.
create table role_clarification (
    id                uuid                     not null primary key,
    person_id         uuid                     not null references person (id),
    sent_by_staff_id  uuid                     not null references staff (id),
    sent_by_unit_id   uuid                     not null references unit (id),
    sent_at           timestamp with time zone not null,
    version           integer                  not null
);
create index role_clarification_person_idx on role_clarification (person_id, sent_at desc);
create index role_clarification_sender_idx on role_clarification (sent_by_staff_id, sent_at desc);

create table role_clarification_entry (
    role_clarification_id uuid          not null references role_clarification (id),
    intervention_id       uuid          not null references intervention (id),
    role                  varchar(2000) not null,
    primary key (role_clarification_id, intervention_id)
);

create table role_clarification_recipient (
    role_clarification_id uuid not null references role_clarification (id),
    staff_id              uuid not null references staff (id),
    acknowledged_at       timestamp with time zone,
    primary key (role_clarification_id, staff_id)
);
create index role_clarification_recipient_staff_idx on role_clarification_recipient (staff_id, role_clarification_id);

-- Log review (loggkontroll, L3): the reads of persons a unit registered, by other units.
create index person_registered_by_unit_idx on person (registered_by_unit_id);
create index access_log_person_unit_idx on access_log (person_id, unit_id, at);
