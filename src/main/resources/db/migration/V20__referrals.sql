-- Referrals (vårdbegäran/remiss, R6, L2) from municipalities' units to BUH and VH, and the
-- history of every move. No foreign key to person: when a closed record is removed (L7),
-- the referrals module removes that person's referrals on the event.
create table referral (
    id                 uuid                     not null primary key,
    person_id          uuid                     not null,
    from_unit_id       uuid                     not null references unit (id),
    to_unit_id         uuid                     not null references unit (id),
    created_by_staff_id uuid                    not null references staff (id),
    reason             varchar(4000)            not null,
    question           varchar(4000)            not null,
    urgency            varchar(20)              not null,
    status             varchar(20)              not null,
    created_at         timestamp with time zone not null,
    sent_at            timestamp with time zone,
    sent_by_staff_id   uuid references staff (id),
    received_at        timestamp with time zone,
    decided_at         timestamp with time zone,
    withdrawn_at       timestamp with time zone,
    decision_comment   varchar(4000),
    intervention_id    uuid,
    last_reminded_on   date,
    version            integer                  not null
);
create index referral_to_unit_idx on referral (to_unit_id, status, sent_at);
create index referral_from_unit_idx on referral (from_unit_id, status, created_at);
create index referral_person_idx on referral (person_id);

create table referral_step (
    referral_id uuid                     not null references referral (id),
    step_index  integer                  not null,
    status      varchar(20)              not null,
    at          timestamp with time zone not null,
    staff_id    uuid                     not null references staff (id),
    unit_id     uuid                     not null references unit (id),
    comment     varchar(4000),
    primary key (referral_id, step_index)
);
