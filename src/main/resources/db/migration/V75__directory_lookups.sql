-- The habilitation units (BUH, VH) are read by kind on referral, contact and steering-group
-- pages; the country has hundreds of units of other kinds.
create index unit_kind_idx on unit (kind, active);
-- The groups a staff member is invited to, for the start page's next meeting.
create index meeting_group_member_staff_idx on meeting_group_member (staff_id);
