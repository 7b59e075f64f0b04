-- The steering group's members (R7, R8): who, which party's unit they represent, and the
-- MAS/MAR group's nomination (date and the meeting it came from). Conveners are not stored:
-- they are the staff with the CONVENER function in BUH and VH.
create table steering_group_member (
    staff_id                 uuid                     not null primary key references staff (id),
    represents_unit_id       uuid                     not null references unit (id),
    nominated_on             date,
    nomination_meeting_id    uuid,
    added_at                 timestamp with time zone not null,
    added_by                 uuid                     references staff (id),
    version                  integer                  not null
);
create index steering_group_member_unit_idx on steering_group_member (represents_unit_id);
