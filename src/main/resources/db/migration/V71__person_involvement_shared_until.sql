-- Until when each involved unit's principal shares the person's data (R1,
-- VisibilityPolicy.sharedUntil): 9999-12-31 for the registering principal and under a consent
-- without end, else the latest end of a consent not revoked covering both; null when none.
-- A unit's persons are counted from the index alone, compared with today, so a consent's end or
-- an 18th birthday needs no update. Filled by V72.
alter table person_involvement add column shared_until date;
create index person_involvement_unit_shared_idx on person_involvement (unit_id, shared_until);
-- the previous total (registered persons by reason, V70) is replaced by this index
drop index person_involvement_unit_reason_idx;
